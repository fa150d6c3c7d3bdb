package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.csv.CsvImportException;
import cc.enet.mailbox.core.csv.CsvImportOperation;
import cc.enet.mailbox.core.csv.CsvParser;
import cc.enet.mailbox.core.csv.CsvRecord;
import cc.enet.mailbox.core.csv.ImportReport;
import cc.enet.mailbox.core.csv.MailboxCsvExporter;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/** CSV as an attacker or a broken tool writes it: refused with its place, nothing written; formulas never run. */
class HostileCsvTest {

	@TempDir
	Path dir;

	private final SessionCredentialStore credentials = new SessionCredentialStore();

	private Path csv(String text) throws Exception {
		Path file = dir.resolve("hostile.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void aControlCharacterIsRefusedWithFileLineAndColumnAndNothingIsWritten() throws Exception {
		Path ws = dir.resolve("ws");
		MailboxWorkspace workspace = DemoWorkspace.create(ws);
		WorkspaceStore.save(workspace);
		Map<String, String> before = FolderSnapshot.of(ws);
		for (char control : new char[] { '\0', '\u001B', '\u0007', '\u007F', '\u0085' }) {
			Path file = csv("address,display_name\nok@abc.co.jp,fine\nbad@abc.co.jp,x" + control + "y\n");

			CsvImportException e = assertThrows(CsvImportException.class,
					() -> CsvImportOperation.run(workspace, file, null, credentials));

			assertEquals(1, e.problems().size());
			String expected = String.format(Locale.ROOT, "%s:3: display_name: control character U+%04X", file, (int) control);
			assertTrue(e.problems().get(0).toString().startsWith(expected), e.problems().get(0).toString());
			assertFalse(e.problems().get(0).toString(Locale.JAPANESE).contains("csv."));
			assertEquals(before, FolderSnapshot.of(ws));
			assertTrue(workspace.findMailbox("ok@abc.co.jp").isEmpty());
		}
	}

	@Test
	void aControlCharacterIntoANewFolderLeavesNoFolder() throws Exception {
		Path ws = dir.resolve("new-ws");
		Path file = csv("address,display_name\nbad@abc.co.jp,\u0000\n");
		assertThrows(CsvImportException.class,
				() -> CsvImportOperation.run(WorkspaceStore.create(ws, "new"), file, null, credentials));
		assertFalse(Files.exists(ws));
	}

	@Test
	void aLoneCarriageReturnIsALineBreak() throws Exception {
		List<CsvRecord> records = CsvParser.parse("address,display_name\ra@abc.co.jp,A\r\nb@abc.co.jp,\"two\rlines\"\rc@abc.co.jp,C\r");
		assertEquals(4, records.size(), records.toString());
		assertEquals(List.of("a@abc.co.jp", "A"), records.get(1).fields());
		assertEquals(3, records.get(2).line());
		assertEquals("two\rlines", records.get(2).fields().get(1));
		assertEquals(5, records.get(3).line(), "the quoted CR counted as a line");
	}

	@Test
	void aRecordBeyondTheLimitIsRefusedNamingTheLimit() throws Exception {
		String huge = "x".repeat(CsvParser.MAX_RECORD_CHARS + 10);
		Path file = csv("address,display_name\nok@abc.co.jp,fine\na@abc.co.jp," + huge + "\n");
		CsvImportException e = assertThrows(CsvImportException.class,
				() -> CsvImportOperation.run(WorkspaceStore.create(dir.resolve("ws"), "x"), file, null, credentials));
		assertEquals(file + ":3: the record is longer than the limit of 1,048,576 characters", e.problems().get(0).toString());
	}

	@Test
	void aFormulaIsNeutralisedOnExportAndRestoredOnImport() throws Exception {
		Path ws = dir.resolve("ws");
		MailboxWorkspace workspace = DemoWorkspace.create(ws);
		String[] names = { "=HYPERLINK(\"http://x\",\"click\")", "+1", "-2", "@SUM(A1)", "'=already quoted", "'plain" };
		var mailboxes = workspace.root().getCustomers().get(0).getDomains().get(0).getMailboxes();
		for (int i = 0; i < names.length; i++) {
			mailboxes.get(i % mailboxes.size()).setDisplayName(names[i]);
		}
		WorkspaceStore.save(workspace);
		Map<String, String> before = FolderSnapshot.of(ws);
		StringWriter export = new StringWriter();
		MailboxCsvExporter.write(workspace.root(), export);

		for (String line : export.toString().split("\r\n")) {
			for (String cell : line.split(",")) {
				String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertFalse(bare.startsWith("=") || bare.startsWith("+") || bare.startsWith("-") || bare.startsWith("@"),
						"a spreadsheet would run " + cell);
			}
		}
		assertTrue(export.toString().contains("'=HYPERLINK"), export.toString());

		ImportReport report = CsvImportOperation.run(workspace, csv(export.toString()), null, credentials);
		assertEquals(0, report.updated(), "import(export) changes nothing");
		assertEquals(before, FolderSnapshot.of(ws));
	}
}
