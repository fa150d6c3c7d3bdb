package cc.enet.mailbox.ui.tests.bots;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** A modal dialog found by its title: type into its text field, press OK or Cancel. */
public final class DialogBot {

	private final Shell shell;

	private DialogBot(Shell shell) {
		this.shell = shell;
	}

	public static DialogBot waitFor(String title) {
		Ui.waitUntil("a dialog titled \"" + title + "\" is open", () -> find(title) != null);
		return new DialogBot(Ui.sync(() -> find(title)));
	}

	/** A dialog titled {@code title} that shows {@code text} in a label (two dialogs may share one title). */
	public static DialogBot waitFor(String title, String text) {
		Ui.waitUntil("a dialog titled \"" + title + "\" showing \"" + text + "\" is open", () -> find(title, text) != null);
		return new DialogBot(Ui.sync(() -> find(title, text)));
	}

	private static Shell find(String title, String text) {
		for (Shell shell : Ui.display().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())
					&& all(shell, Label.class).stream().anyMatch(l -> l.getText().contains(text))) {
				return shell;
			}
		}
		return null;
	}

	/** Whether the dialog is still open. */
	public boolean isOpen() {
		return Ui.sync(() -> !shell.isDisposed() && shell.isVisible());
	}

	private static Shell find(String title) {
		for (Shell shell : Ui.display().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

	/** Presses the dialog button with {@code id} (an IDialogConstants id) and waits until the dialog is gone. */
	public static void press(Shell shell, int id) {
		Ui.run(() -> Ui.click(all(shell, Button.class).stream().filter(b -> Integer.valueOf(id).equals(b.getData()))
				.findFirst().orElseThrow(() -> new AssertionError("no button " + id + " in " + shell.getText()))));
		Ui.waitUntil("the dialog closed", shell::isDisposed);
	}

	/** The button labelled {@code label}, mnemonics ignored ("&Add", "追加(&A)"). */
	public static Button button(Shell shell, String label) {
		return all(shell, Button.class).stream().filter(b -> label.equals(withoutMnemonic(b.getText()))).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + label + " in " + shell.getText()));
	}

	/** A label as shown, without its mnemonic: "&Add" is "Add", "追加(&A)" is "追加". */
	public static String withoutMnemonic(String text) {
		return text.replaceAll("\\(&[A-Za-z0-9]\\)", "").replace("&", "");
	}

	/** The control the console tagged {@code id} (setData("cc.enet.mailbox.ui.id", id)). */
	public static <T extends Control> T control(Shell shell, Class<T> type, String id) {
		return all(shell, type).stream().filter(c -> id.equals(c.getData("cc.enet.mailbox.ui.id"))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + id + " in " + shell.getText()));
	}

	/** Types into the text field the console tagged {@code id}, as a user would (Modify fires). */
	public DialogBot setText(String id, String text) {
		Ui.run(() -> control(shell, Text.class, id).setText(text));
		return this;
	}

	/** Chooses item {@code index} of the read-only combo the console tagged {@code id}, as a user would (Selection fires). */
	public DialogBot choose(String id, int index) {
		Ui.run(() -> {
			Combo combo = control(shell, Combo.class, id);
			combo.select(index);
			Ui.notify(combo, SWT.Selection, null);
		});
		return this;
	}

	public DialogBot setText(String text) {
		Ui.run(() -> all(shell, Text.class).get(0).setText(text));
		return this;
	}

	/** The texts of the dialog's labels and text fields, in widget order. */
	public List<String> texts() {
		return Ui.sync(() -> {
			List<String> texts = new ArrayList<>();
			for (Control control : all(shell, Control.class)) {
				if (control instanceof Label label) {
					texts.add(label.getText());
				} else if (control instanceof Text text) {
					texts.add(text.getText());
				}
			}
			return texts;
		});
	}

	/** The rows of the dialog's first table, each as its cells. */
	public List<List<String>> tableRows() {
		return Ui.sync(() -> {
			Table table = all(shell, Table.class).get(0);
			List<List<String>> rows = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < table.getColumnCount(); c++) {
					cells.add(item.getText(c));
				}
				rows.add(cells);
			}
			return rows;
		});
	}

	/** Whether the button with {@code id} (an IDialogConstants id) can be pressed. */
	public boolean isEnabled(int id) {
		return Ui.sync(() -> all(shell, Button.class).stream().filter(b -> Integer.valueOf(id).equals(b.getData())).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + id + " in " + shell.getText())).isEnabled());
	}

	/**
	 * The cells of the dialog's first table whose text does not fit inside the table as the dialog opened (past
	 * their column's end, or past the table's visible width), as "column: text".
	 */
	public List<String> tableCellsCutOff() {
		return Ui.sync(() -> {
			Table table = all(shell, Table.class).get(0);
			int visible = table.getClientArea().width;
			List<String> cut = new ArrayList<>();
			GC gc = new GC(table);
			try {
				for (TableItem item : table.getItems()) {
					for (int c = 0; c < table.getColumnCount(); c++) {
						Rectangle cell = item.getBounds(c);
						int end = item.getTextBounds(c).x + gc.textExtent(item.getText(c)).x;
						if (end > cell.x + cell.width || end > visible) {
							cut.add(table.getColumn(c).getText() + ": " + item.getText(c));
						}
					}
				}
			} finally {
				gc.dispose();
			}
			return cut;
		});
	}

	/** Presses the button with {@code id} (an IDialogConstants id) and waits until the dialog is gone. */
	public void press(int id) {
		press(shell, id);
	}

	public void ok() {
		press(IDialogConstants.OK_LABEL);
	}

	public void cancel() {
		press(IDialogConstants.CANCEL_LABEL);
	}

	private void press(String label) {
		Ui.run(() -> {
			Button button = all(shell, Button.class).stream().filter(b -> label.equals(b.getText())).findFirst()
					.orElseThrow(() -> new AssertionError("no button " + label + " in " + shell.getText()));
			if (!button.isEnabled()) {
				throw new AssertionError(label + " is disabled in " + shell.getText());
			}
			Ui.click(button);
		});
		Ui.waitUntil("the dialog closed", shell::isDisposed);
	}

	static <T extends Control> List<T> all(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type));
			}
		}
		return found;
	}
}
