package cc.enet.mailbox.ui.tests;

import cc.enet.mailbox.ui.tests.bots.MailboxTableBot;
import cc.enet.mailbox.ui.tests.bots.Ui;

/** Waits shared by the tests. */
final class Ui2 {
	private Ui2() {
	}

	static void waitForSelection(MailboxTableBot table, String address) {
		Ui.waitUntil(address + " is selected", () -> table.editor().table().selectedMailboxes().stream()
				.anyMatch(m -> m.getAddress().equals(address)));
	}
}
