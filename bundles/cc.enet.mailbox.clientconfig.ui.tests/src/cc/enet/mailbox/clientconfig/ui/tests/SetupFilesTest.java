package cc.enet.mailbox.clientconfig.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.test.support.ConsoleHome;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.clientconfig.ui.setup.SetupFilesDialog;
import cc.enet.mailbox.clientconfig.ui.setup.SetupFormat;
import cc.enet.mailbox.clientconfig.ui.setup.SetupMessages;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.MailboxTableBot;
import cc.enet.mailbox.ui.tests.bots.Screenshots;
import cc.enet.mailbox.ui.tests.bots.SetupFilesBot;

/**
 * Setup Files... on a mailbox and on a domain: the preview is the file that is saved, the initial password goes in
 * only when secure storage holds one and the box is ticked, a mailbox breaking an error rule gets no file.
 */
class SetupFilesTest {

	/** The console home of this class's own: its secure storage, demo workspace and logs. */
	@RegisterExtension
	static final ConsoleHome HOME = new ConsoleHome();

	private static final String PW = "Sheet-Pa55word";
	private static final RecordingChooser chooser = new RecordingChooser();
	private static Path folder;

	@BeforeAll
	static void useOwnHomeAndChooser() throws Exception {
		folder = HOME.folder();
		SetupFilesDialog.useChooser(chooser);
	}

	@AfterAll
	static void restore() {
		SetupFilesDialog.useChooser(null);
	}

	/** tanaka with an initial password in secure storage, sato without, loop1 and loop2 forwarding to each other. */
	private static Path createWorkspace(String name) throws Exception {
		Path ws = folder.resolve(name);
		MailboxWorkspace workspace = WorkspaceStore.create(ws, name);
		Customer customer = MailboxModels.newCustomer("C-200", "Setup Trading");
		Domain domain = MailboxModels.newDomain("setup.test");
		domain.getEndpoints().get(0).setHost("pop3.hetemail.jp");
		domain.getEndpoints().get(2).setHost("smtp.hetemail.jp");
		customer.getDomains().add(domain);
		workspace.root().getCustomers().add(customer);
		for (String local : new String[] { "tanaka", "sato", "loop1", "loop2" }) {
			domain.getMailboxes().add(MailboxModels.newMailbox(domain, local + "@setup.test"));
		}
		Mailbox loop1 = domain.getMailboxes().get(2);
		Mailbox loop2 = domain.getMailboxes().get(3);
		loop1.getForwarding().getTargets().add("loop2@setup.test");
		loop2.getForwarding().getTargets().add("loop1@setup.test");
		WorkspaceStore.save(workspace);
		MailboxPasswords.of(SecureStorageCredentialStore.open(SecureStorageCredentialStore.defaultFolder()), workspace.folder())
				.store("tanaka@setup.test", PW.toCharArray());
		return ws;
	}

	private static String pdfText(Path file) throws Exception {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void aMailboxFilesArePreviewedSavedAndCarryThePasswordOnlyWhenTicked() throws Exception {
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(createWorkspace("mailbox"));
		MailboxTableBot table = console.navigator().open("setup.test");
		table.select("tanaka@setup.test").clickMenu("Setup Files...");
		SetupFilesBot dialog = SetupFilesBot.waitFor();
		try {
			String xml = dialog.previewText();
			assertTrue(xml.contains("<hostname>pop3.hetemail.jp</hostname>") && xml.contains("password-cleartext")
					&& xml.contains("<socketType>SSL</socketType>"), xml);
			assertFalse(dialog.passwordEnabled(), "autoconfig never carries a password");
			assertEquals(SetupMessages.Password_neverInFormat, dialog.passwordNote());
			chooser.file = folder.resolve("out/tanaka-config.xml");
			dialog.save();
			assertEquals(xml, Files.readString(chooser.file, StandardCharsets.UTF_8), "the saved file is the preview");
			assertEquals("Saved " + chooser.file, dialog.message());

			dialog.format(SetupFormat.SHEET);
			assertTrue(dialog.showsPicture(), "the sheet is previewed as the printed page");
			Screenshots.take("setup-files-en");
			assertTrue(dialog.passwordEnabled(), "secure storage holds tanaka's password");
			assertEquals(SetupMessages.Dialog_preview, dialog.message());
			chooser.file = folder.resolve("out/tanaka.pdf");
			dialog.save();
			String sheet = pdfText(chooser.file);
			assertTrue(sheet.contains("tanaka@setup.test") && sheet.contains("\u30e1\u30fc\u30eb\u8a2d\u5b9a"), sheet); // Japanese by default
			assertFalse(sheet.contains(PW), "no password unless ticked");

			dialog.withPassword(true);
			assertEquals(SetupMessages.Dialog_previewWithPassword, dialog.message());
			chooser.file = folder.resolve("out/tanaka-with-password.pdf");
			dialog.language(1).save();
			String english = pdfText(chooser.file);
			assertTrue(english.contains(PW) && english.contains("Mail Setup Sheet"), english);

			dialog.open();
			assertEquals(1, chooser.opened.size());
			assertTrue(chooser.opened.get(0).toString().endsWith("tanaka@setup.test-setup.pdf")
					&& Files.isRegularFile(chooser.opened.get(0)), chooser.opened::toString);

			dialog.withPassword(false).format(SetupFormat.APPLE);
			String profile = dialog.previewText();
			assertTrue(profile.contains("com.apple.mail.managed") && profile.contains("tanaka@setup.test"), profile);
			assertFalse(profile.contains(PW));
		} finally {
			dialog.close();
		}

		table.select("sato@setup.test").clickMenu("Setup Files...");
		SetupFilesBot sato = SetupFilesBot.waitFor();
		try {
			sato.format(SetupFormat.SHEET);
			assertFalse(sato.passwordEnabled(), "secure storage holds no password for sato");
			assertEquals(SetupMessages.Password_noneStored, sato.passwordNote());
			assertTrue(sato.canSave());
		} finally {
			sato.close();
		}

		table.select("loop1@setup.test").clickMenu("Setup Files...");
		SetupFilesBot loop = SetupFilesBot.waitFor();
		try {
			assertNotNull(loop.problem());
			assertTrue(loop.problem().contains("loop1@setup.test"), loop.problem());
			assertTrue(loop.previewText().contains("forward.loop"), loop.previewText());
			assertFalse(loop.canSave(), "a file with a wrong setting must never leave");
			assertFalse(loop.canOpen());
		} finally {
			loop.close();
		}
	}

	@Test
	void theSheetIsMadeForTheMailClientChosenAndOnlyTheSheetHasAChoice() throws Exception {
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(createWorkspace("client"));
		MailboxTableBot table = console.navigator().open("setup.test");
		table.select("tanaka@setup.test").clickMenu("Setup Files...");
		SetupFilesBot dialog = SetupFilesBot.waitFor();
		try {
			assertFalse(dialog.clientEnabled(), "the autoconfig file is the same for every client");
			dialog.format(SetupFormat.SHEET).client(MailClient.OUTLOOK).language(1);
			assertTrue(dialog.showsPicture());
			Screenshots.take("setup-files-client-en");
			chooser.file = folder.resolve("out/tanaka-outlook.pdf");
			dialog.save();
			String sheet = pdfText(chooser.file).replaceAll("\\s", "");
			assertTrue(sheet.contains("SettingupOutlook2021") && sheet.contains("SecurePasswordAuthentication(SPA)"), sheet);
			dialog.client(MailClient.ANY);
			chooser.file = folder.resolve("out/tanaka-any.pdf");
			dialog.save();
			assertFalse(pdfText(chooser.file).contains("Outlook"), "the sheet for any client names none");
			dialog.format(SetupFormat.APPLE);
			assertFalse(dialog.clientEnabled());
		} finally {
			dialog.close();
		}
	}

	@Test
	void aDomainGetsItsAutoconfigOrOneFilePerMailboxThatPasses() throws Exception {
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(createWorkspace("domain"));
		console.navigator().contextMenu("setup.test", "Setup Files...");
		SetupFilesBot dialog = SetupFilesBot.waitFor();
		try {
			assertFalse(dialog.formatEnabled(), "the domain's own file is the autoconfig");
			assertNull(dialog.problem(), "the loops are the mailboxes' problem, not the domain's");
			String xml = dialog.previewText();
			assertTrue(xml.contains("<domain>setup.test</domain>") && xml.contains("%EMAILADDRESS%"), xml);

			dialog.eachMailbox().format(SetupFormat.OUTLOOK);
			String list = dialog.previewText();
			assertTrue(list.contains("tanaka@setup.test-autodiscover.xml") && list.contains("sato@setup.test-autodiscover.xml"), list);
			assertTrue(list.contains("forward.loop") && !list.contains("loop1@setup.test-autodiscover.xml"), list);
			chooser.folder = Files.createDirectories(folder.resolve("per-mailbox"));
			dialog.save();
			try (var files = Files.list(chooser.folder)) {
				assertEquals(Set.of("tanaka@setup.test-autodiscover.xml", "sato@setup.test-autodiscover.xml"),
						files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
			}
			assertTrue(Files.readString(chooser.folder.resolve("sato@setup.test-autodiscover.xml")).contains("sato@setup.test"));
		} finally {
			dialog.close();
		}
	}
}
