package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.csv.CsvImportPreview;
import cc.enet.mailbox.core.csv.CsvKind;
import cc.enet.mailbox.core.csv.ImportReport;
import cc.enet.mailbox.core.csv.MailboxCsvExporter;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.EnetGuide;

class CsvImportPreviewTest {

	@TempDir
	Path dir;

	private Path csv(String text) throws Exception {
		Path file = dir.resolve("in.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void listsEveryProblemAndChangesNothing() throws Exception {
		MailboxWorkspace ws = WorkspaceStore.create(dir.resolve("ws"), "t");
		Path file = csv("address,quota_mb\r\na@x.example,1\r\nb@x.example,many\r\nc@x.example,lots\r\n");
		CsvImportPreview preview = CsvImportPreview.check(ws.root(), file, null);
		assertFalse(preview.isValid());
		assertEquals(2, preview.problems().size());
		assertTrue(preview.problems().get(0).toString(Locale.ENGLISH).startsWith(file + ":3: quota_mb"));
		assertNull(preview.report());
		assertEquals(0, ws.mailboxCount());
	}

	@Test
	void countsOnACopyThenAppliesAsOneUndoableCommand() throws Exception {
		MailboxWorkspace ws = WorkspaceStore.create(dir.resolve("ws"), "t");
		Path file = csv("address,display_name,password\r\na@x.example,A,Pa55-word-1\r\nb@y.example,B,\r\n");
		CsvImportPreview preview = CsvImportPreview.check(ws.root(), file, null);
		assertTrue(preview.isValid(), preview.problems()::toString);
		ImportReport report = preview.report();
		assertEquals(2, report.created());
		assertEquals(2, report.domainsCreated());
		assertEquals(0, ws.mailboxCount(), "the trial ran on a copy");

		SessionCredentialStore credentials = new SessionCredentialStore();
		BasicCommandStack stack = new BasicCommandStack();
		Command command = preview.command(ws.root(), credentials, "import");
		stack.execute(command);
		assertEquals(2, ws.mailboxCount());
		assertEquals("Pa55-word-1", new String(MailboxPasswords.of(credentials, ws.folder()).load("a@x.example").orElseThrow()));
		StringWriter out = new StringWriter();
		MailboxCsvExporter.write(ws.root(), out);
		assertFalse(out.toString().contains("Pa55-word-1"));

		stack.undo();
		assertEquals(0, ws.mailboxCount());
		assertTrue(ws.root().getCustomers().isEmpty(), "the created customers and domains are gone too");
		stack.redo();
		assertEquals(2, ws.mailboxCount());
	}

	/** The wizard takes a domain CSV as well: told by its header, checked on a copy, applied as one undoable command. */
	@Test
	void aDomainCsvIsPreviewedAndAppliedLikeAMailboxCsv() throws Exception {
		MailboxWorkspace ws = WorkspaceStore.create(dir.resolve("ws"), "t");
		Path file = csv("domain,customer,pop3_host,smtp_host,smtp_tls\r\nx.example,cust-1,pop3.hetemail.jp,smtp.hetemail.jp,ssl\r\n"
				+ "y.example,cust-1,,,\r\n");
		CsvImportPreview preview = CsvImportPreview.check(ws.root(), file, null);
		assertTrue(preview.isValid(), preview.problems()::toString);
		assertEquals(CsvKind.DOMAINS, preview.report().kind());
		assertEquals(2, preview.report().created());
		assertTrue(ws.root().getCustomers().isEmpty(), "the trial ran on a copy");

		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(preview.command(ws.root(), new SessionCredentialStore(), "import"));
		assertEquals(1, ws.root().getCustomers().size());
		Domain x = ws.root().getCustomers().get(0).getDomains().get(0);
		assertEquals("cust-1", ws.root().getCustomers().get(0).getId());
		assertEquals(List.of("pop3.hetemail.jp", EnetGuide.IMAP_HOST, "smtp.hetemail.jp"),
				x.getEndpoints().stream().map(ServiceEndpoint::getHost).toList());
		assertEquals(null, ws.root().getCustomers().get(0).getDomains().get(1).getEndpoints().get(0).getHost(),
				"no guessed host for a domain the file gives none");
		stack.undo();
		assertTrue(ws.root().getCustomers().isEmpty());
	}

	@Test
	void theDomainFileReportsEveryBadCellLikeTheMailboxFile() throws Exception {
		MailboxWorkspace ws = WorkspaceStore.create(dir.resolve("ws"), "t");
		Path file = csv("domain,mail_option,pop3_auth,dns_external\r\nx.example,pop3-type-c,md5,maybe\r\n");
		CsvImportPreview preview = CsvImportPreview.check(ws.root(), file, null);
		assertEquals(List.of(file + ":2: mail_option: \"pop3-type-c\" is not one of none, pop3-type-b, email-pack-10",
				file + ":2: pop3_auth: \"md5\" is not one of normal, apop, cram-md5, ntlm, kerberos, spa",
				file + ":2: dns_external: \"maybe\" is not one of yes, no"),
				preview.problems().stream().map(p -> p.toString(Locale.ENGLISH)).toList());
		assertTrue(preview.problems().get(0).toString(Locale.JAPANESE).contains("のいずれでもありません"));
	}
}
