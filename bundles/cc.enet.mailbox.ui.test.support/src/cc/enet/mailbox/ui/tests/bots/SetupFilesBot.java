package cc.enet.mailbox.ui.tests.bots;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import cc.enet.mailbox.clientconfig.ui.setup.SetupFilesDialog;
import cc.enet.mailbox.clientconfig.ui.setup.SetupFormat;
import cc.enet.mailbox.clientconfig.ui.setup.SetupMessages;
import cc.enet.mailbox.clientconfig.MailClient;

/** The Setup Files dialog: format, language, the password box, the preview, Save, Open, Close. */
public final class SetupFilesBot {

	private final Shell shell;
	private final SetupFilesDialog dialog;

	private SetupFilesBot(Shell shell) {
		this.shell = shell;
		this.dialog = (SetupFilesDialog) Ui.sync(shell::getData);
	}

	public static SetupFilesBot waitFor() {
		Ui.waitUntil("the Setup Files dialog is open", () -> find() != null);
		return new SetupFilesBot(Ui.sync(SetupFilesBot::find));
	}

	private static Shell find() {
		return Arrays.stream(Ui.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible()
				&& SetupMessages.Dialog_title.equals(s.getText())).findFirst().orElse(null);
	}

	public SetupFilesBot format(SetupFormat format) {
		return choose("setup.format", format.ordinal());
	}

	/** The mail client the sheet is made for, in the order {@link MailClient} lists them. */
	public SetupFilesBot client(MailClient client) {
		return choose("setup.client", client.ordinal());
	}

	public boolean clientEnabled() {
		return Ui.sync(() -> DialogBot.control(shell, Combo.class, "setup.client").isEnabled());
	}

	/** 0 Japanese (the default: the guide's language), 1 English. */
	public SetupFilesBot language(int index) {
		return choose("setup.language", index);
	}

	private SetupFilesBot choose(String id, int index) {
		Ui.run(() -> {
			Combo combo = DialogBot.control(shell, Combo.class, id);
			if (!combo.isEnabled()) {
				throw new AssertionError(id + " is disabled");
			}
			combo.select(index);
			Ui.notify(combo, SWT.Selection, null);
		});
		return this;
	}

	public boolean formatEnabled() {
		return Ui.sync(() -> DialogBot.control(shell, Combo.class, "setup.format").isEnabled());
	}

	/** The domain's radio buttons: its autoconfig file, or one file per mailbox. */
	public SetupFilesBot eachMailbox() {
		return radio("setup.eachMailbox");
	}

	private SetupFilesBot radio(String id) {
		Ui.run(() -> {
			for (Button b : DialogBot.all(shell, Button.class)) {
				if ((b.getStyle() & SWT.RADIO) != 0) {
					b.setSelection(id.equals(b.getData(SetupFilesDialog.ID_KEY)));
				}
			}
			Ui.click(DialogBot.control(shell, Button.class, id));
		});
		return this;
	}

	public boolean passwordEnabled() {
		return Ui.sync(() -> DialogBot.control(shell, Button.class, "setup.withPassword").isEnabled());
	}

	public SetupFilesBot withPassword(boolean on) {
		Ui.run(() -> {
			Button box = DialogBot.control(shell, Button.class, "setup.withPassword");
			if (!box.isEnabled()) {
				throw new AssertionError("the password box is disabled");
			}
			box.setSelection(on);
			Ui.click(box);
		});
		return this;
	}

	public String passwordNote() {
		return Ui.sync(() -> DialogBot.control(shell, Label.class, "setup.passwordNote").getText());
	}

	/** The preview's text, or null while it shows the sheet as a picture. */
	public String previewText() {
		return Ui.sync(dialog::previewText);
	}

	public boolean showsPicture() {
		return Ui.sync(dialog::showsPicture);
	}

	/** The refusal (or failure) in the dialog's title area; null when there is none. */
	public String problem() {
		return Ui.sync(dialog::problemMessage);
	}

	public String message() {
		return Ui.sync(dialog::getMessage);
	}

	public boolean canSave() {
		return Ui.sync(() -> DialogBot.button(shell, "Save...").isEnabled());
	}

	public boolean canOpen() {
		return Ui.sync(() -> DialogBot.button(shell, "Open").isEnabled());
	}

	/** Presses Save...; the file or folder comes from the chooser the test installed. */
	public SetupFilesBot save() {
		Ui.run(() -> Ui.click(DialogBot.button(shell, "Save...")));
		return this;
	}

	public SetupFilesBot open() {
		Ui.run(() -> Ui.click(DialogBot.button(shell, "Open")));
		return this;
	}

	public void close() {
		DialogBot.press(shell, IDialogConstants.CANCEL_ID);
	}
}
