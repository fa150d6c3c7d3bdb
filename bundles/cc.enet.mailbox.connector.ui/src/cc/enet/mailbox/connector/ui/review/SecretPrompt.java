package cc.enet.mailbox.connector.ui.review;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/**
 * A server's secret typed by the user when secure storage holds none for it (or one kept for another address or
 * pin): asked once, kept for the session in memory only, never written anywhere, wiped when the view closes.
 */
final class SecretPrompt {

	private final Supplier<Shell> shell;
	private final Map<String, char[]> typed = new HashMap<>();

	SecretPrompt(Supplier<Shell> shell) {
		this.shell = shell;
	}

	/** What the user typed for {@code server} earlier in this session, or null. */
	char[] typed(String server) {
		return typed.get(server);
	}

	/**
	 * Asks for the secret of {@code server}, saying first why the stored one is not used ({@code why}, or null).
	 *
	 * @return the secret (empty when the user typed none), or null when the user cancelled
	 */
	char[] ask(String server, String why) {
		String message = NLS.bind(ReviewMessages.Review_secretMessage, server);
		InputDialog dialog = new InputDialog(shell.get(), ReviewMessages.Review_secretTitle,
				why == null ? message : why + "\n\n" + message, "", null) {
			@Override
			protected int getInputTextStyle() {
				return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
			}
		};
		if (dialog.open() != Window.OK) {
			return null;
		}
		char[] secret = dialog.getValue().toCharArray();
		typed.put(server, secret);
		return secret;
	}

	void forget() {
		typed.values().forEach(s -> Arrays.fill(s, '\0'));
		typed.clear();
	}
}
