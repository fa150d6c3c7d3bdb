package cc.enet.mailbox.ui.tests.bots;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.ui.internal.UiMessages;

/** Window > Enet Server Host Names... (a preference page): the list, Add, Remove, OK or Cancel. */
public final class EnetHostsBot {

	private final Shell shell;

	private EnetHostsBot(Shell shell) {
		this.shell = shell;
	}

	/** Opens the page from the menu path given in the console's language. */
	public static EnetHostsBot open(ConsoleBot console, String... menuPath) {
		console.clickMainMenu(menuPath);
		return waitForDialog();
	}

	private static EnetHostsBot waitForDialog() {
		Ui.waitUntil("the preference dialog is open", () -> preferences() != null);
		return new EnetHostsBot(Ui.sync(EnetHostsBot::preferences));
	}

	private static Shell preferences() {
		return Arrays.stream(Ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible()
				&& DialogBot.all(s, org.eclipse.swt.widgets.List.class).stream()
						.anyMatch(l -> "hosts.list".equals(l.getData("cc.enet.mailbox.ui.id"))))
				.findFirst().orElse(null);
	}

	/** Every button of the dialog as shown, mnemonics and all. */
	public List<String> buttons() {
		return Ui.sync(() -> DialogBot.all(shell, Button.class).stream().map(Button::getText).filter(t -> !t.isEmpty())
				.toList());
	}

	/** The text the filter box of the preference dialog shows while empty. */
	public String filterHint() {
		return Ui.sync(() -> DialogBot.all(shell, Text.class).stream().map(Text::getMessage).filter(m -> !m.isEmpty())
				.findFirst().orElse(""));
	}

	public List<String> hosts() {
		return Ui.sync(() -> List.of(control(org.eclipse.swt.widgets.List.class, "hosts.list").getItems()));
	}

	/** Types a host and presses Add; returns what the page says (empty when it took the host). */
	public String add(String host) {
		Ui.run(() -> {
			control(Text.class, "hosts.entry").setText(host);
			Ui.click(button(UiMessages.Hosts_add));
		});
		return Ui.sync(() -> control(Label.class, "hosts.status").getText());
	}

	public EnetHostsBot remove(String host) {
		Ui.run(() -> {
			org.eclipse.swt.widgets.List list = control(org.eclipse.swt.widgets.List.class, "hosts.list");
			list.setSelection(new String[] { host });
			Ui.click(button(UiMessages.Hosts_remove));
		});
		return this;
	}

	/** OK ("Apply and Close"): the changes stay, as commands on the workspace's stack. */
	public void close() {
		DialogBot.press(shell, IDialogConstants.OK_ID);
	}

	/** Cancel: the page undoes what it did. */
	public void cancel() {
		DialogBot.press(shell, IDialogConstants.CANCEL_ID);
	}

	private Button button(String label) {
		return DialogBot.button(shell, DialogBot.withoutMnemonic(label));
	}

	private <T extends Control> T control(Class<T> type, String id) {
		return DialogBot.control(shell, type, id);
	}
}
