package cc.enet.mailbox.ui.tests.bots;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * The CSV import and export wizards (File > Import / Export Mailboxes (CSV)...): choose the file and charset, go to
 * the preview, read what it says, Finish or Cancel.
 */
public final class WizardBot {

	private static final String KEY = "cc.enet.mailbox.ui.id";

	private final Shell shell;

	private WizardBot(Shell shell) {
		this.shell = shell;
	}

	/** A wizard already open in {@code shell} (e.g. run by its command). */
	public static WizardBot of(Shell shell) {
		return new WizardBot(shell);
	}

	public static WizardBot openImport(ConsoleBot console) {
		console.clickMainMenu("File", "Import Mailboxes (CSV)...");
		return waitFor(UiMessages.Import_title);
	}

	public static WizardBot openExport(ConsoleBot console) {
		console.clickMainMenu("File", "Export Mailboxes (CSV)...");
		return waitFor("Export Mailboxes (CSV)");
	}

	/** Opens a wizard by its menu path (in the console's language) and waits for its title. */
	public static WizardBot open(ConsoleBot console, String title, String... menuPath) {
		console.clickMainMenu(menuPath);
		return waitFor(title);
	}

	private static WizardBot waitFor(String title) {
		Ui.waitUntil("the wizard \"" + title + "\" is open", () -> find(title) != null);
		return new WizardBot(Ui.sync(() -> find(title)));
	}

	private static Shell find(String title) {
		return Arrays.stream(Ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText()))
				.findFirst().orElse(null);
	}

	public WizardBot file(Path file) {
		Ui.run(() -> control(Text.class, "csv.file").setText(file.toString()));
		return this;
	}

	public WizardBot charset(String label) {
		Ui.run(() -> {
			Combo combo = control(Combo.class, "csv.charset");
			combo.select(Arrays.asList(combo.getItems()).indexOf(label));
			Ui.click(combo);
		});
		return this;
	}

	/** Next &gt;, then waits until the preview has read and checked the whole file. */
	public WizardBot preview() {
		press(IDialogConstants.NEXT_LABEL);
		Ui.waitUntil("the preview is ready", () -> Boolean.TRUE.equals(control(Label.class, "preview.summary").getData(KEY + ".done")));
		return this;
	}

	public String summary() {
		return Ui.sync(() -> control(Label.class, "preview.summary").getText());
	}

	/** Every rejected row as the preview lists it: file:line: column: reason. */
	public List<String> problems() {
		return Ui.sync(() -> List.of(control(org.eclipse.swt.widgets.List.class, "preview.problems").getItems()));
	}

	public boolean canFinish() {
		return Ui.sync(() -> Boolean.valueOf(button(IDialogConstants.FINISH_LABEL).isEnabled()));
	}

	public void finish() {
		press(IDialogConstants.FINISH_LABEL);
		Ui.waitUntil("the wizard closed", shell::isDisposed);
	}

	public void cancel() {
		press(IDialogConstants.CANCEL_LABEL);
		Ui.waitUntil("the wizard closed", shell::isDisposed);
	}

	private void press(String label) {
		Ui.run(() -> {
			Button button = button(label);
			if (!button.isEnabled()) {
				throw new AssertionError(label + " is disabled in " + shell.getText());
			}
			Ui.click(button);
		});
	}

	private Button button(String label) {
		return DialogBot.all(shell, Button.class).stream().filter(b -> label.equals(b.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + label + " in " + shell.getText()));
	}

	private <T extends Control> T control(Class<T> type, String id) {
		return DialogBot.all(shell, type).stream().filter(c -> id.equals(c.getData(KEY))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + id + " in " + shell.getText()));
	}
}
