package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.core.csv.MailboxCsvExporter;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.MailboxTableBot;
import cc.enet.mailbox.ui.tests.bots.Ui;
import cc.enet.mailbox.ui.tests.bots.WizardBot;

/** File > Import / Export Mailboxes (CSV) on a fresh demo workspace (28 mailboxes). */
class CsvWizardTest {

	@TempDir
	Path folder;

	private ConsoleBot console;
	private ConsoleSession session;

	@BeforeEach
	void openDemo() {
		console = ConsoleBot.console();
		session = console.openWorkspace(folder.resolve("demo"));
	}

	/** The same wizard takes a domain CSV (its header has domain): hosts Enet notified reach the model as one command. */
	@Test
	void importsADomainFileAsOneUndoableCommand() throws Exception {
		Path csv = write("domains.csv", "domain,customer,pop3_host,smtp_host\r\n"
				+ "newco.example,newco,pop3.hetemail.jp,smtp.hetemail.jp\r\n"
				+ "midori-clinic.jp,midori-clinic,,smtp2.hetemail.jp\r\n");
		WizardBot wizard = WizardBot.openImport(console).file(csv).preview();
		assertEquals(List.of(), wizard.problems());
		assertTrue(wizard.summary().startsWith("1 domain will be created, 1 updated, 0 unchanged."), wizard.summary());
		wizard.finish();
		Domain midori = session.workspace().root().getCustomers().stream().flatMap(c -> c.getDomains().stream())
				.filter(d -> d.getName().equals("midori-clinic.jp")).findFirst().orElseThrow();
		assertEquals("smtp2.hetemail.jp", midori.getEndpoints().get(2).getHost());
		assertEquals(4, session.workspace().root().getCustomers().size());
		Ui.run(() -> session.commandStack().undo());
		assertEquals(DemoWorkspace.DEMO_SMTP_HOST, midori.getEndpoints().get(2).getHost(), "the demo's host again");
		assertEquals(3, session.workspace().root().getCustomers().size());
	}

	@Test
	void aBadRowIsListedWithItsLineAndFinishStaysDisabled() throws Exception {
		Path csv = write("bad.csv", "address,display_name,quota_mb\r\n"
				+ "new1@sakura-trading.co.jp,New One,1024\r\n"
				+ "new2@sakura-trading.co.jp,New Two,lots\r\n");
		WizardBot wizard = WizardBot.openImport(console).file(csv).preview();

		List<String> problems = wizard.problems();
		assertEquals(1, problems.size(), problems::toString);
		assertTrue(problems.get(0).startsWith(csv + ":3: quota_mb"), problems::toString);
		assertFalse(wizard.canFinish(), "no Finish while a row is rejected");
		wizard.cancel();
		assertEquals(28, session.workspace().mailboxCount(), "nothing changed");
	}

	@Test
	void importsAGoodFileAsOneCommandAndOneUndoRemovesItAll() throws Exception {
		Path csv = write("good.csv", "address,display_name,quota_mb\r\n"
				+ "new1@sakura-trading.co.jp,New One,1024\r\n"
				+ "tanaka@sakura-trading.co.jp,田中 太郎,4096\r\n"
				+ "a@newco.example,A,1024\r\n"
				+ "b@newco.example,B,1024\r\n");
		WizardBot wizard = WizardBot.openImport(console).file(csv).charset("UTF-8").preview();
		assertEquals(List.of(), wizard.problems());
		assertTrue(wizard.summary().startsWith("3 mailboxes will be created, 1 updated, 0 unchanged; 1 new domain."),
				wizard.summary());
		assertEquals(28, session.workspace().mailboxCount(), "the preview changed nothing");
		assertTrue(wizard.canFinish());
		wizard.finish();

		assertEquals(31, session.workspace().mailboxCount());
		console.navigator().waitForName("newco.example");
		MailboxTableBot table = console.navigator().open("sakura-trading.co.jp");
		assertEquals(13, table.rowCount());
		assertEquals(4096, table.mailbox("tanaka@sakura-trading.co.jp").getQuotaMb());
		assertTrue(console.isDirty(), "saving is the user's");

		console.undo(); // one Undo for the whole import
		assertEquals(28, session.workspace().mailboxCount());
		assertTrue(session.workspace().findDomain("newco.example").isEmpty());
		Ui.waitUntil("the table lost the imported row", () -> table.rowCount() == 12);
		console.navigator().waitForNameGone("newco.example");
		assertEquals(1024, table.mailbox("tanaka@sakura-trading.co.jp").getQuotaMb());
		assertFalse(console.isDirty());
	}

	@Test
	void anExportReimportsWithNothingToChange() throws Exception {
		Path csv = folder.resolve("export.csv");
		WizardBot.openExport(console).file(csv).finish();

		byte[] bytes = Files.readAllBytes(csv);
		assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 with a BOM for Excel");
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertFalse(text.contains("password"), "never a password");
		assertEquals(29, text.split("\r\n").length, "a header and 28 mailboxes");

		WizardBot wizard = WizardBot.openImport(console).file(csv).preview();
		assertTrue(wizard.summary().startsWith("0 mailboxes will be created, 0 updated, 28 unchanged; 0 new domains."),
				wizard.summary());
		wizard.cancel();
	}

	@Test
	void aPasswordGoesToSecureStorageNeverIntoTheModel() throws Exception {
		Path csv = write("password.csv", "address,password\r\npw@newco.example,Import-Pa55word\r\n");
		WizardBot wizard = WizardBot.openImport(console).file(csv).preview();
		assertTrue(wizard.summary().contains("1 password will be kept in secure storage"), wizard.summary());
		wizard.finish();

		assertEquals(29, session.workspace().mailboxCount());
		var stored = MailboxPasswords.of(SecureStorageCredentialStore
				.open(SecureStorageCredentialStore.defaultFolder()), session.workspace().folder())
				.load("pw@newco.example"); // kept for this workspace, not for the address alone
		assertEquals("Import-Pa55word", new String(stored.orElseThrow()));
		StringWriter export = new StringWriter();
		MailboxCsvExporter.write(session.workspace().root(), export);
		assertFalse(export.toString().contains("Import-Pa55word"));
	}

	private Path write(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}
}
