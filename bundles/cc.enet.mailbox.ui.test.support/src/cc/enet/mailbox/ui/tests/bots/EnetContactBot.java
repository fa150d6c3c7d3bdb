package cc.enet.mailbox.ui.tests.bots;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Window > Enet Contact: the preference page with Enet's support contact and the change-request channel. */
public final class EnetContactBot {

	private final Shell shell;

	private EnetContactBot(Shell shell) {
		this.shell = shell;
	}

	/** Opens the page from the menu path given in the console's language. */
	public static EnetContactBot open(ConsoleBot console, String... menuPath) {
		console.clickMainMenu(menuPath);
		Ui.waitUntil("the Enet contact page is open", () -> find() != null);
		return new EnetContactBot(Ui.sync(EnetContactBot::find));
	}

	private static Shell find() {
		return Arrays.stream(Ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible()
				&& DialogBot.all(s, Text.class).stream().anyMatch(t -> "contact.support".equals(t.getData("cc.enet.mailbox.ui.id"))))
				.findFirst().orElse(null);
	}

	public String support() {
		return Ui.sync(() -> DialogBot.control(shell, Text.class, "contact.support").getText());
	}

	public String changeRequest() {
		return Ui.sync(() -> DialogBot.control(shell, Text.class, "contact.changeRequest").getText());
	}

	public EnetContactBot typeSupport(String text) {
		Ui.run(() -> DialogBot.control(shell, Text.class, "contact.support").setText(text));
		return this;
	}

	public EnetContactBot typeChangeRequest(String text) {
		Ui.run(() -> DialogBot.control(shell, Text.class, "contact.changeRequest").setText(text));
		return this;
	}

	/** The names in the dialog's page tree that do not fit its width, as drawn. */
	public java.util.List<String> pageNamesCutOff() {
		return PreferenceTrees.namesCutOff(shell);
	}

	/** OK ("Apply and Close"): each changed value becomes a command on the workspace's stack. */
	public void close() {
		DialogBot.press(shell, IDialogConstants.OK_ID);
	}

	public void cancel() {
		DialogBot.press(shell, IDialogConstants.CANCEL_ID);
	}
}
