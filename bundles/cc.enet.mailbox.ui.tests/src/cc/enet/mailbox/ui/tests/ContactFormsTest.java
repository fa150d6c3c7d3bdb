package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.CustomerFormBot;
import cc.enet.mailbox.ui.tests.bots.EnetContactBot;
import cc.enet.mailbox.ui.tests.bots.FormBot.Decoration;
import cc.enet.mailbox.ui.tests.bots.Screenshots;
import cc.enet.mailbox.ui.tests.bots.Ui;

/**
 * The contacts the setup sheet and mail name, edited in the console: a customer's contact in its form, Enet's support
 * contact and change-request channel on the Enet Contact page. Each value one command; read as the CLI reads them.
 */
class ContactFormsTest {

	@TempDir
	Path folder;

	private ConsoleBot console;
	private ConsoleSession session;

	@BeforeEach
	void openDemo() {
		console = ConsoleBot.console();
		session = console.openWorkspace(folder.resolve("demo"));
	}

	@Test
	void aCustomersContactIsEditedInItsFormAndAnAddressThatIsNoneIsRefused() {
		CustomerFormBot form = console.navigator().editCustomer("あおぞらデザイン");
		Customer customer = form.customer();
		assertEquals("あおぞらデザイン", form.title());
		assertNull(customer.getContactAddress(), "the demo has no contact for this customer");

		Decoration typed = form.typeContactAddress("kimura at aozora").contactAddressDecoration();
		assertTrue(typed.shows("address.invalid"), typed::toString);
		assertTrue(typed.message().contains("kimura at aozora"), typed.message());
		form.enterContactAddress("kimura at aozora");
		assertNull(Ui.sync(customer::getContactAddress), "what is not an address is never set");
		assertEquals("", form.contactAddress(), "the field goes back to the model's value");
		assertFalse(console.isDirty());

		form.enterContactAddress("  kimura@aozora-design.com ");
		assertEquals("kimura@aozora-design.com", Ui.sync(customer::getContactAddress), "stripped, as the CSV import does");
		assertFalse(form.contactAddressDecoration().visible());
		form.enterContactName("木村 健");
		assertEquals("木村 健", Ui.sync(customer::getContactName));
		assertTrue(console.isDirty());
		Screenshots.take("customer-contact-en");

		console.undo();
		assertNull(Ui.sync(customer::getContactName), "one undo per field");
		assertEquals("kimura@aozora-design.com", Ui.sync(customer::getContactAddress));
		form.enterContactAddress("");
		assertNull(Ui.sync(customer::getContactAddress), "an empty field clears the address");
		console.undo();
		console.undo();
		assertNull(Ui.sync(customer::getContactAddress));
		assertFalse(console.isDirty());
	}

	@Test
	void enetsContactIsEditedOnItsPageEachValueOneCommand() {
		Workspace root = session.workspace().root();
		String support = Ui.sync(root::getSupportContact);
		String channel = Ui.sync(root::getChangeRequest);
		EnetContactBot page = EnetContactBot.open(console, UiMessages.Menu_window.replace("&", ""), "Enet Contact...");
		assertEquals(support, page.support());
		assertEquals(channel, page.changeRequest());
		assertEquals(List.of(), page.pageNamesCutOff(), "the preference tree shows every page's name whole");
		page.typeSupport("  Enet support desk 0120-000-000  ").typeChangeRequest(" ");
		Screenshots.take("enet-contact-en");
		page.close();

		assertEquals("Enet support desk 0120-000-000", Ui.sync(root::getSupportContact), "stripped, as enet-contact does");
		assertNull(Ui.sync(root::getChangeRequest), "an empty value removes it, as enet-contact does");
		Ui.run(() -> session.commandStack().undo());
		assertEquals(channel, Ui.sync(root::getChangeRequest));
		assertEquals("Enet support desk 0120-000-000", Ui.sync(root::getSupportContact));
		Ui.run(() -> session.commandStack().undo());
		assertEquals(support, Ui.sync(root::getSupportContact));

		EnetContactBot.open(console, UiMessages.Menu_window.replace("&", ""), "Enet Contact...").typeSupport("changed").cancel();
		assertEquals(support, Ui.sync(root::getSupportContact), "Cancel changes nothing");
	}
}
