package cc.enet.mailbox.ui.tests.bots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** Window > Mail Servers... (the Mail Servers preference page): the servers, Add, Test Connection, OK or Cancel. */
public final class ServersBot {

	private static final String KEY = "cc.enet.mailbox.ui.id";

	private final Shell shell;

	private ServersBot(Shell shell) {
		this.shell = shell;
	}

	public static ServersBot open(ConsoleBot console) {
		console.clickMainMenu("Window", "Mail Servers...");
		// the workbench titles it "Preferences (Filtered)" when it shows our page alone
		Ui.waitUntil("the preference dialog is open", () -> preferences() != null);
		return new ServersBot(Ui.sync(ServersBot::preferences));
	}

	private static Shell preferences() {
		return Arrays.stream(Ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible()
				&& s.getText().startsWith("Preferences")).findFirst().orElse(null);
	}

	private static Shell waitForShell(String title) {
		Ui.waitUntil("the dialog \"" + title + "\" is open", () -> find(title) != null);
		return Ui.sync(() -> find(title));
	}

	private static Shell find(String title) {
		return Arrays.stream(Ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText()))
				.findFirst().orElse(null);
	}

	/** Each row as "name | kind | url | pin". */
	public List<String> rows() {
		return Ui.sync(() -> Arrays.stream(control(shell, Table.class, "servers.table").getItems())
				.map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2) + " | " + i.getText(3)).toList());
	}

	/** Add..., fills name and URL (kind james), OK. */
	public ServersBot add(String name, String url) {
		Button add = Ui.sync(() -> button(shell, "Add..."));
		Ui.async(() -> Ui.click(add));
		Shell dialog = waitForShell("Add Mail Server");
		Ui.run(() -> {
			control(dialog, Text.class, "server.name").setText(name);
			control(dialog, Text.class, "server.url").setText(url);
			Ui.click(button(dialog, IDialogConstants.OK_LABEL));
		});
		Ui.waitUntil("the add dialog closed", dialog::isDisposed);
		return this;
	}

	/**
	 * Add..., chooses the kind (the dialog draws that kind's fields), fills name, URL and the fields named by their
	 * key: a setting's key ("managesieve") or a secret's ("DEFAULT", "DOVEADM"), then OK. Returns the ids of the
	 * fields the kind drew, in their order.
	 */
	public List<String> addOfKind(String name, String kind, String url, Map<String, String> settings, Map<String, String> secrets) {
		return addOfKind(name, kind, url, settings, secrets, "");
	}

	/** As {@link #addOfKind(String, String, String, Map, Map)}, with the server's certificate pinned as typed (SHA-256). */
	public List<String> addOfKind(String name, String kind, String url, Map<String, String> settings, Map<String, String> secrets,
			String pinSha256) {
		Button add = Ui.sync(() -> button(shell, "Add..."));
		Ui.async(() -> Ui.click(add));
		Shell dialog = waitForShell("Add Mail Server");
		Ui.run(() -> control(dialog, Combo.class, "server.kind").setText(kind));
		List<String> drawn = Ui.sync(() -> kindFieldIds(dialog));
		Ui.run(() -> {
			control(dialog, Text.class, "server.name").setText(name);
			control(dialog, Text.class, "server.url").setText(url);
			control(dialog, Text.class, "server.pin").setText(pinSha256);
			settings.forEach((key, value) -> control(dialog, Text.class, "server.setting." + key).setText(value));
			secrets.forEach((key, value) -> control(dialog, Text.class, key.equals("DEFAULT") ? "server.secret" : "server.secret." + key)
					.setText(value));
			Ui.click(button(dialog, IDialogConstants.OK_LABEL));
		});
		Ui.waitUntil("the add dialog closed", dialog::isDisposed);
		return drawn;
	}

	private static List<String> kindFieldIds(Shell dialog) {
		List<String> ids = new ArrayList<>();
		collect(dialog, ids);
		return ids.stream().filter(id -> id.startsWith("server.secret") || id.startsWith("server.setting.")).toList();
	}

	private static void collect(Control control, List<String> ids) {
		if (control instanceof Text && control.getData(KEY) instanceof String id) {
			ids.add(id);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, ids);
			}
		}
	}

	/**
	 * Add..., fills name and an https URL, presses "Pin Presented Certificate", waits for the fingerprint the dialog
	 * shows, then OK. Returns the message shown to staff.
	 */
	public String addPinned(String name, String url) {
		Button add = Ui.sync(() -> button(shell, "Add..."));
		Ui.async(() -> Ui.click(add));
		Shell dialog = waitForShell("Add Mail Server");
		Ui.run(() -> {
			control(dialog, Text.class, "server.name").setText(name);
			control(dialog, Text.class, "server.url").setText(url);
			Ui.click(button(dialog, "Pin Presented Certificate"));
		});
		Ui.waitUntil("the fingerprint is shown", () -> !control(dialog, Text.class, "server.pin").getText().isEmpty()
				|| control(dialog, Label.class, "server.message").getText().startsWith("Cannot"));
		String message = Ui.sync(() -> control(dialog, Label.class, "server.message").getText());
		Ui.run(() -> Ui.click(button(dialog, IDialogConstants.OK_LABEL)));
		Ui.waitUntil("the add dialog closed", dialog::isDisposed);
		return message;
	}

	/** Remove on the selected server. */
	public ServersBot remove() {
		Ui.run(() -> Ui.click(button(shell, "Remove")));
		return this;
	}

	public ServersBot select(String name) {
		Ui.run(() -> {
			Table table = control(shell, Table.class, "servers.table");
			TableItem item = Arrays.stream(table.getItems()).filter(i -> name.equals(i.getText(0))).findFirst()
					.orElseThrow(() -> new AssertionError("no server " + name));
			table.setSelection(item);
		});
		return this;
	}

	/** Test Connection on the selected server; returns what the dialog reports when the test ends. */
	public String testConnection() {
		Ui.run(() -> Ui.click(button(shell, "Test Connection")));
		Label status = Ui.sync(() -> control(shell, Label.class, "servers.status"));
		Ui.waitUntil("the connection test ended", () -> Boolean.TRUE.equals(status.getData(KEY + ".done")));
		return Ui.sync(status::getText);
	}

	/** OK ("Apply and Close"): the page's changes stay, as commands on the workspace's stack. */
	public void close() {
		press(IDialogConstants.OK_ID);
	}

	/** Cancel: the page undoes what it did. */
	public void cancel() {
		press(IDialogConstants.CANCEL_ID);
	}

	private void press(int id) {
		DialogBot.press(shell, id);
	}

	private static Button button(Shell shell, String label) {
		return DialogBot.button(shell, label);
	}

	private static <T extends Control> T control(Shell shell, Class<T> type, String id) {
		return DialogBot.control(shell, type, id);
	}
}
