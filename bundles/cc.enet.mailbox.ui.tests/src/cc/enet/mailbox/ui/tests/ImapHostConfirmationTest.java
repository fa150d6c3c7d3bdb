package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.DomainFormBot;
import cc.enet.mailbox.ui.tests.bots.NavigatorBot;
import cc.enet.mailbox.ui.tests.bots.Screenshots;
import cc.enet.mailbox.ui.tests.bots.Ui;

/**
 * The IMAP host staff have not yet seen in the customer's webmail (環境設定 ⇒ 基本設定): marked in the Customers view
 * until the domain form's checkbox beside the IMAP row is ticked, which is one command like any other.
 */
class ImapHostConfirmationTest {

	private static final String DOMAIN = "midori-clinic.jp"; // the demo's IMAP host there is the guide's likely one

	@TempDir
	Path folder;

	@Test
	void anUnconfirmedImapHostIsMarkedUntilTheCheckboxBesideTheImapRowIsTicked() {
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(folder.resolve("demo"));
		NavigatorBot navigator = console.navigator();
		String mailState = navigator.row(DOMAIN).get(4);
		assertTrue(mailState.contains(UiMessages.Navigator_imapUnconfirmed), mailState);
		assertFalse(navigator.row("sakura-trading.co.jp").get(4).contains(UiMessages.Navigator_imapUnconfirmed),
				"the demo's staff confirmed sakura-trading.co.jp's IMAP host");
		// seen without scrolling to that column: the domain's icon is marked, its name says why when pointed at
		NavigatorBot.NameHint hint = navigator.nameHint(DOMAIN, "sakura-trading.co.jp");
		assertTrue(hint.marked(), "the icon of a domain with an unconfirmed IMAP host is marked");
		assertEquals(UiMessages.Navigator_imapUnconfirmed, hint.toolTip());
		assertEquals(null, navigator.nameHint("sakura-trading.co.jp", DOMAIN).toolTip());
		assertEquals(java.util.List.of(), navigator.cellsCutOff(DOMAIN), "the mail state reads whole");
		assertEquals(java.util.List.of(), navigator.headersCutOff(), "every column title reads whole");

		DomainFormBot form = navigator.doubleClickDomain(DOMAIN);
		assertTrue(form.hasHostConfirmation(Protocol.IMAP));
		assertFalse(form.hasHostConfirmation(Protocol.POP3) || form.hasHostConfirmation(Protocol.SMTP));
		assertTrue(form.hasSmtpAuth(Protocol.SMTP), "SMTP AUTH is a switch of the SMTP row");
		assertFalse(form.hasSmtpAuth(Protocol.POP3) || form.hasSmtpAuth(Protocol.IMAP), "and of no other row");
		assertEquals(UiMessages.Form_imapHostConfirmed, form.imapHostConfirmationLabel());
		assertTrue(UiMessages.Form_imapHostConfirmed.contains("Settings \u21d2 Basic settings"));
		assertFalse(form.imapHostConfirmed());
		assertEquals(0, form.widthBeyondEditor(), "the form fits its editor");

		form.confirmImapHost(true);
		assertTrue(Ui.sync(() -> form.endpoint(Protocol.IMAP).isHostConfirmed()));
		assertTrue(console.isDirty());
		Ui.waitUntil("the Customers view drops the mark",
				() -> !navigator.row(DOMAIN).get(4).contains(UiMessages.Navigator_imapUnconfirmed));
		assertFalse(navigator.nameHint(DOMAIN, "sakura-trading.co.jp").marked(), "the icon as any confirmed domain's");
		Screenshots.take("imap-confirmed-en");

		console.undo();
		assertFalse(Ui.sync(() -> form.endpoint(Protocol.IMAP).isHostConfirmed()));
		Ui.waitUntil("the form follows the undo", () -> !form.imapHostConfirmed());
		Ui.waitUntil("the mark is back", () -> navigator.row(DOMAIN).get(4).contains(UiMessages.Navigator_imapUnconfirmed));
	}
}
