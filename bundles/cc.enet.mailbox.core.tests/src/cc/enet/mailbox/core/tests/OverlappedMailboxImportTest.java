package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.csv.CsvImportException;
import cc.enet.mailbox.core.csv.CsvProblem;
import cc.enet.mailbox.core.csv.ImportReport;
import cc.enet.mailbox.core.csv.MailboxCsvImporter;
import cc.enet.mailbox.core.csv.MailboxCsvReader;
import cc.enet.mailbox.core.csv.OverlappedMailboxImport;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * The import that merges while it reads gives the workspace the one-after-the-other import gives, and a file
 * found wrong after thousands of good rows were merged apart leaves the workspace exactly as it was.
 */
class OverlappedMailboxImportTest {

	/** More rows than one hand-over group, so the merging thread has staged many before the bad line. */
	private static final int ROWS = 5_000;

	@TempDir
	Path dir;

	@Test
	void givesTheWorkspaceTheSequentialImportGives() throws Exception {
		String text = manyRows() + "suzuki@sakura-trading.co.jp,Suzuki Updated,3000\n";
		MailboxWorkspace sequential = DemoWorkspace.create(dir.resolve("a"));
		MailboxWorkspace overlapped = DemoWorkspace.create(dir.resolve("b"));

		ImportReport expected = new MailboxCsvImporter(sequential.root()).apply(MailboxCsvReader.read("m.csv", text),
				new SessionCredentialStore());
		ImportReport report = OverlappedMailboxImport.run(overlapped.root(), "m.csv", text, new SessionCredentialStore());

		assertEquals(expected, report);
		assertEquals(ROWS, report.created());
		assertEquals(1, report.updated());
		assertTrue(EcoreUtil.equals(sequential.root(), overlapped.root()), "same customers, domains and mailboxes, in the same order");
	}

	@Test
	void aBadLineAfterThousandsOfGoodOnesLeavesTheWorkspaceAsItWas() throws Exception {
		MailboxWorkspace workspace = DemoWorkspace.create(dir.resolve("ws"));
		MailboxWorkspace untouched = DemoWorkspace.create(dir.resolve("copy"));
		String text = manyRows() + "late@sakura-trading.co.jp,Late,lots\n";

		CsvImportException e = assertThrows(CsvImportException.class,
				() -> OverlappedMailboxImport.run(workspace.root(), "m.csv", text, new SessionCredentialStore()));

		assertEquals(List.of("m.csv:" + (ROWS + 2) + ": quota_mb: \"lots\" is not a whole number of megabytes"),
				e.problems().stream().map(CsvProblem::toString).toList());
		assertTrue(EcoreUtil.equals(untouched.root(), workspace.root()), "nothing staged entered the workspace");
	}

	@Test
	void aQuoteNeverClosedAtTheEndIsReportedAtItsLineAndChangesNothing() throws Exception {
		MailboxWorkspace workspace = DemoWorkspace.create(dir.resolve("ws"));
		MailboxWorkspace untouched = DemoWorkspace.create(dir.resolve("copy"));
		String text = manyRows() + "open@sakura-trading.co.jp,\"never closed,1\n";

		CsvImportException e = assertThrows(CsvImportException.class,
				() -> OverlappedMailboxImport.run(workspace.root(), "m.csv", text, new SessionCredentialStore()));

		assertEquals(1, e.problems().size());
		assertEquals(ROWS + 2, e.problems().get(0).line());
		assertTrue(EcoreUtil.equals(untouched.root(), workspace.root()));
	}

	/** A header and ROWS new mailboxes: some in a domain the workspace has, most in new domains. */
	private static String manyRows() {
		StringBuilder text = new StringBuilder("address,display_name,quota_mb\n");
		for (int i = 0; i < ROWS; i++) {
			String domain = i % 10 == 0 ? "sakura-trading.co.jp" : "d" + (i % 700) + ".example.jp";
			text.append("user").append(i).append('@').append(domain).append(",User ").append(i).append(',')
					.append(100 + i % 50).append('\n');
		}
		return text.toString();
	}
}
