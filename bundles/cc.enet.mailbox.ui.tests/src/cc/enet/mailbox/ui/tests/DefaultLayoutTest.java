package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.DialogBot;
import cc.enet.mailbox.ui.tests.bots.MailboxTableBot;
import cc.enet.mailbox.ui.tests.bots.ProblemsViewBot;
import cc.enet.mailbox.ui.tests.bots.Ui;

/** What the console shows at its default window size: nothing cut, every view reachable, a 0 MB quota refused. */
class DefaultLayoutTest {

	@TempDir
	Path folder;

	private ConsoleBot console;

	@BeforeEach
	void openDemo() {
		console = ConsoleBot.console();
		console.openWorkspace(folder.resolve("demo"));
	}

	@Test
	void bulkSetQuotaRefusesZeroWithTheRulesMessageBeforeAnythingIsApplied() {
		MailboxTableBot table = console.navigator().open("sakura-trading.co.jp");
		table.select("tanaka@sakura-trading.co.jp", "suzuki@sakura-trading.co.jp");
		Mailbox tanaka = table.mailbox("tanaka@sakura-trading.co.jp");
		int before = Ui.sync(tanaka::getQuotaMb);
		table.clickMenu(MailboxTableBot.menuLabel("bulk.quota"));
		DialogBot dialog = DialogBot.waitFor(UiMessages.Bulk_setQuotaTitle).setText("0");
		assertFalse(dialog.isEnabled(IDialogConstants.OK_ID), "0 MB cannot be applied");
		assertTrue(dialog.texts().stream().anyMatch(t -> t.startsWith("A quota of 0 MB: the mailbox is full from the start")),
				dialog.texts()::toString);
		dialog.setText("2048");
		assertTrue(dialog.isEnabled(IDialogConstants.OK_ID));
		dialog.cancel();
		assertEquals(before, (int) Ui.sync(tanaka::getQuotaMb));
		assertFalse(console.isDirty());
	}

	@Test
	void problemDescriptionsTakeTheWidthTheOtherColumnsLeaveEvenMaximised() {
		ProblemsViewBot problems = console.problems();
		problems.waitForRow("forward.loop", "studio@aozora-design.com");
		Ui.waitUntil("Description fills the view (" + problems.columnWidths() + " in " + problems.clientWidth() + ")",
				() -> fills(problems));
		int before = problems.columnWidths().get(0);
		problems.toggleMaximized();
		try {
			Ui.waitUntil("Description grows with the maximised view", () -> problems.columnWidths().get(0) > before && fills(problems));
		} finally {
			problems.toggleMaximized();
		}
	}

	/**
	 * Description as wide as the client area less the other columns (within a pixel's rounding), and never narrower
	 * than 200 pixels in a narrow view (the others then scroll).
	 */
	private static boolean fills(ProblemsViewBot problems) {
		List<Integer> widths = problems.columnWidths();
		int others = widths.stream().skip(1).mapToInt(Integer::intValue).sum();
		return Math.abs(Math.max(200, problems.clientWidth() - others) - widths.get(0)) <= 1;
	}

	@Test
	void testResultsIsInTheWindowMenuWithTheOtherViews() {
		List<String> labels = console.menuLabels();
		String window = UiMessages.Menu_window.replace("&", "");
		int start = labels.indexOf(window);
		assertTrue(start >= 0, labels::toString);
		assertTrue(labels.subList(start, labels.size()).contains("Test Results"), labels::toString);
		console.clickMainMenu(window, "Test Results");
		console.probeResults(); // the view opened
	}
}
