package cc.enet.mailbox.ui.tests;

import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
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

	static void waitForNavigatorLabel(ConsoleBot console, String prefix) {
		Ui.waitUntil("the navigator shows " + prefix, () -> console.navigator().labels().stream().anyMatch(l -> l.startsWith(prefix)));
	}

	static void waitForNavigatorLabelGone(ConsoleBot console, String prefix) {
		Ui.waitUntil("the navigator no longer shows " + prefix, () -> console.navigator().labels().stream().noneMatch(l -> l.startsWith(prefix)));
	}
}
