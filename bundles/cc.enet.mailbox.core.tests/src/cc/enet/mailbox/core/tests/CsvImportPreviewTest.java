package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.csv.CsvImportPreview;
import cc.enet.mailbox.core.csv.ImportReport;
import cc.enet.mailbox.core.csv.MailboxCsvExporter;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

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
		assertEquals("Pa55-word-1", new String(cc.enet.mailbox.core.credentials.MailboxPasswords.of(credentials, ws.folder()).load("a@x.example").orElseThrow()));
		StringWriter out = new StringWriter();
		MailboxCsvExporter.write(ws.root(), out);
		assertFalse(out.toString().contains("Pa55-word-1"));

		stack.undo();
		assertEquals(0, ws.mailboxCount());
		assertTrue(ws.root().getCustomers().isEmpty(), "the created customers and domains are gone too");
		stack.redo();
		assertEquals(2, ws.mailboxCount());
	}
}
