package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.MailboxFormBot;
import cc.enet.mailbox.ui.tests.bots.MailboxTableBot;
import cc.enet.mailbox.ui.tests.bots.Ui;

/**
 * Edit > Undo and Redo name the edit they take back (not EMF's bare "Set"), the status line forgets an edit once it
 * is undone, counts read "1 mailbox" / "2 mailboxes", and the form's labels are capitalised, with no "x" for a number.
 */
class UndoWordsTest {

	private static final String DOMAIN = "sakura-trading.co.jp";
	private static final String TANAKA = "tanaka@sakura-trading.co.jp";
	private static final String SUZUKI = "suzuki@sakura-trading.co.jp";

	@TempDir
	Path folder;

	private ConsoleBot console;

	@BeforeEach
	void openDemo() {
		assumeTrue(Locale.getDefault().getLanguage().equals("en"), "the English console's words");
		console = ConsoleBot.console();
		console.openWorkspace(folder.resolve("demo"));
	}

	@Test
	void aBulkEditIsNamedInUndoAndRedoAndLeavesTheStatusLineWhenUndone() {
		MailboxTableBot table = console.navigator().open(DOMAIN);
		table.select(TANAKA).setQuota(800);
		Ui.waitUntil("the quota is set", () -> table.mailbox(TANAKA).getQuotaMb() == 800);
		String edit = "Set Quota of " + TANAKA + " to 800 MB";
		assertEquals("&Undo " + edit, console.undoLabel());
		Ui.waitUntil("the status line names the edit", () -> console.statusLine().contains(edit));

		console.undo();
		Ui.waitUntil("the status line forgets the undone edit", () -> !console.statusLine().contains(edit));
		assertEquals("&Redo " + edit, console.redoLabel());

		table.select(TANAKA, SUZUKI).setQuota(900);
		Ui.waitUntil("both quotas are set", () -> table.mailbox(SUZUKI).getQuotaMb() == 900);
		assertEquals("&Undo Set Quota of 2 mailboxes to 900 MB", console.undoLabel());
	}

	@Test
	void aFormEditIsNamedWithItsFieldMailboxAndValue() {
		MailboxFormBot form = console.navigator().open(DOMAIN).openForm(TANAKA);
		form.enterQuota("700");
		assertEquals("&Undo Set Quota of " + TANAKA + " to 700 MB", console.undoLabel());
		form.enterDisplayName("高橋 一郎");
		assertEquals("&Undo Set Sender name of " + TANAKA + " to 高橋 一郎", console.undoLabel());
		form.addTarget("info@sakura-trading.co.jp");
		assertEquals("&Undo Add info@sakura-trading.co.jp to Forwarding of " + TANAKA, console.undoLabel());
		form.clickKeepCopy(!form.keepCopy());
		assertTrue(console.undoLabel().matches("&Undo Turn (On|Off) Keep mail on the server after forwarding for " + TANAKA),
				console.undoLabel());
		console.undo();
		assertTrue(console.redoLabel().matches("&Redo Turn (On|Off) Keep mail on the server after forwarding for " + TANAKA),
				console.redoLabel());
	}

	@Test
	void theFormsLabelsAreCapitalisedAndNameNoVariable() {
		MailboxFormBot form = console.navigator().open(DOMAIN).openForm(TANAKA);
		List<String> labels = Ui.sync(() -> {
			List<String> found = new ArrayList<>();
			collect(form.displayNameField().getParent().getParent(), found); // the form's body
			return found;
		});
		assertTrue(labels.contains("Sender name") && labels.contains("Forwarding") && labels.contains("Reject virus mail")
				&& labels.contains("Remove from the server after (days)"), labels::toString);
		List<String> lowerCase = labels.stream()
				.filter(l -> !l.isEmpty() && !l.contains("@") && Character.isLowerCase(l.charAt(0))).toList(); // not the address
		assertEquals(List.of(), lowerCase, "labels in lower case");
		assertEquals(List.of(), labels.stream().filter(l -> l.matches(".*\\bx\\b.*")).toList(), "a literal x for a number");
	}

	/** The form's labels, checkboxes and group titles (not the values shown in texts and lists). */
	private static void collect(Control control, List<String> into) {
		switch (control) {
		case Label label when label.getParent() instanceof Group -> into.add(label.getText());
		case Button button -> into.add(button.getText());
		case Group group -> into.add(group.getText());
		default -> {
		}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, into);
			}
		}
	}
}
