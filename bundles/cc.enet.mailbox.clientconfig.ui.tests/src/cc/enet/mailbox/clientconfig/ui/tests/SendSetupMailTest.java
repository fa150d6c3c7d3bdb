package cc.enet.mailbox.clientconfig.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.clientconfig.mail.StaffMailAccount;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.SharedServer;
import cc.enet.mailbox.clientconfig.ui.setup.SetupMessages;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.DialogBot;
import cc.enet.mailbox.ui.tests.bots.MailboxTableBot;
import cc.enet.mailbox.ui.tests.bots.Screenshots;
import cc.enet.mailbox.ui.tests.bots.Ui;

/**
 * Send Setup Mail from the console through a real Apache James (the module's shared one): refused without a staff account,
 * then the sheet reaches the customer's contact through the staff account's SMTPS login. (What the message holds,
 * ISO-2022-JP and the PDF, is read back by SetupMailToJamesTest: the console sends it with the same sender.)
 */
class SendSetupMailTest {

	/** The module's James, emptied for this class (it stays up for the next). */
	@RegisterExtension
	static final SharedServer<JamesServer> JAMES = SharedJames.JAMES;

	private static final String STAFF = "staff@enet.test";
	private static final String STAFF_PW = "Staff-Pa55word";
	private static final String CONTACT = "contact@customer.test";
	private static final String TANAKA = "tanaka@sendsetup.test";
	private static JamesServer james;
	private static Path folder;

	@BeforeAll
	static void startJames() throws Exception {
		james = JAMES.get();
		folder = Files.createTempDirectory("mailbox-sendsetup");
		for (String domain : new String[] { "enet.test", "customer.test" }) {
			assertEquals(204, james.put("/domains/" + domain));
		}
		assertEquals(204, james.putJson("/users/" + STAFF, "{\"password\":\"" + STAFF_PW + "\"}"));
		assertEquals(204, james.putJson("/users/" + CONTACT, "{\"password\":\"Contact-Pa55word\"}"));
	}

	private static Path createWorkspace() throws Exception {
		Path ws = folder.resolve("ws");
		MailboxWorkspace workspace = WorkspaceStore.create(ws, "send setup");
		Customer customer = MailboxModels.newCustomer("C-400", "Send Trading");
		Domain domain = MailboxModels.newDomain("sendsetup.test");
		domain.getEndpoints().forEach(e -> e.setHost("mail.sendsetup.test"));
		customer.getDomains().add(domain);
		workspace.root().getCustomers().add(customer);
		domain.getMailboxes().add(MailboxModels.newMailbox(domain, TANAKA));
		WorkspaceStore.save(workspace);
		return ws;
	}

	/** How many messages the contact's mailbox holds, as James counts them for its quota. */
	private static int contactMessages() throws Exception {
		Matcher count = Pattern.compile("\"occupation\":\\{[^}]*?\"count\":(\\d+)").matcher(james.get("/quota/users/" + CONTACT));
		return count.find() ? Integer.parseInt(count.group(1)) : 0;
	}

	@Test
	void theSheetReachesTheContactThroughTheStaffAccountAndNeverWithoutOne() throws Exception {
		ConsoleBot console = ConsoleBot.console();
		Path ws = createWorkspace();
		console.openWorkspace(ws);
		MailboxTableBot table = console.navigator().open("sendsetup.test");

		// No staff account yet: refused, naming how to set one.
		table.select(TANAKA).clickMenu("Send Setup Mail...");
		DialogBot refused = DialogBot.waitFor(SetupMessages.Send_title);
		assertTrue(String.join("\n", refused.texts()).contains("./mailbox staff-mail"), refused.texts()::toString);
		refused.press(IDialogConstants.OK_ID);

		StaffMailAccount account = new StaffMailAccount("127.0.0.1", james.port("SMTPS_PORT"), STAFF, STAFF, james.certificate());
		account.save(ws);
		SecureStorageCredentialStore.openDefault().store(account.secretKey(), STAFF_PW.toCharArray());
		int before = contactMessages();

		table.select(TANAKA).clickMenu("Send Setup Mail...");
		DialogBot ask = DialogBot.waitFor(SetupMessages.Send_title);
		ask.setText("sendSetup.contact", CONTACT);
		assertTrue(ask.texts().contains(SetupMessages.Send_client), ask.texts()::toString);
		ask.choose("sendSetup.client", MailClient.EDMAX.ordinal()); // the sheet and the mail for EdMax
		Screenshots.take("send-setup-en");
		ask.press(IDialogConstants.OK_ID);

		DialogBot result = DialogBot.waitFor(SetupMessages.Send_title);
		String said = String.join("\n", result.texts());
		assertTrue(said.contains("went to " + CONTACT), said);
		assertTrue(!said.contains(STAFF_PW), "never the staff password");
		result.press(IDialogConstants.OK_ID);
		Ui.waitUntil("the setup mail is in the contact's mailbox", () -> {
			try {
				return contactMessages() == before + 1;
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
	}
}
