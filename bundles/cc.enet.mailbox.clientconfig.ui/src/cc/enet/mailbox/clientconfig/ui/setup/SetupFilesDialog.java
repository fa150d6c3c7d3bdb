package cc.enet.mailbox.clientconfig.ui.setup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.clientconfig.SetupGate;
import cc.enet.mailbox.clientconfig.SetupRefusedException;
import cc.enet.mailbox.core.io.DurableFiles;
import cc.enet.mailbox.ui.text.Counted;

/**
 * "Setup Files..." for a mailbox or a domain: choose the format, the language and (for the sheet) the mail client, see the file as it will be saved,
 * then save it. Refused with the guide's findings while an error rule holds; the initial password goes into a file
 * only when secure storage holds one and staff tick the box.
 */
public final class SetupFilesDialog extends TitleAreaDialog {

	public static final String ID_KEY = "cc.enet.mailbox.ui.id";
	static final int SAVE_ID = IDialogConstants.CLIENT_ID + 1;
	static final int OPEN_ID = IDialogConstants.CLIENT_ID + 2;
	private static final Locale[] LANGUAGES = { Locale.JAPANESE, Locale.ENGLISH };

	private static volatile FileChooser chooser = FileChooser.SYSTEM;

	private final Mailbox mailbox;
	private final Domain domain;
	private final SetupGate gate;
	private final StoredPasswords passwords;
	private final Locale uiLocale;
	private Button eachMailbox;
	private Combo format;
	private Combo language;
	private Combo client;
	private Button withPassword;
	private Label passwordNote;
	private SetupPreview preview;
	private ClientSetup setup;
	private byte[] content;
	private SetupBatch batch;

	/** @param target a Mailbox or a Domain */
	public SetupFilesDialog(Shell parent, EObject target, SetupGate gate, StoredPasswords passwords, Locale uiLocale) {
		super(parent);
		this.mailbox = target instanceof Mailbox m ? m : null;
		this.domain = target instanceof Domain d ? d : null;
		if (mailbox == null && domain == null) {
			throw new IllegalArgumentException("setup files are for a mailbox or a domain, not " + target);
		}
		this.gate = gate;
		this.passwords = passwords;
		this.uiLocale = uiLocale;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	/** Where files are saved and sheets opened; the UI tests put their own chooser here (null restores the system's). */
	public static void useChooser(FileChooser replacement) {
		chooser = replacement == null ? FileChooser.SYSTEM : replacement;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(SetupMessages.Dialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(mailbox != null ? NLS.bind(SetupMessages.Dialog_mailboxTitle, mailbox.getAddress())
				: NLS.bind(SetupMessages.Dialog_domainTitle, domain.getName()));
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(2, false));
		if (domain != null) {
			radio(body, SetupMessages.Dialog_domainFile, "setup.domainFile", true); // chosen unless each mailbox is
			eachMailbox = radio(body, Counted.bind(SetupMessages.Dialog_eachMailbox, domain.getMailboxes().size()),
					"setup.eachMailbox", false);
		}
		new Label(body, SWT.NONE).setText(SetupMessages.Dialog_format);
		format = combo(body, "setup.format", Arrays.stream(SetupFormat.values()).map(SetupFormat::label).toArray(String[]::new));
		new Label(body, SWT.NONE).setText(SetupMessages.Dialog_language);
		language = combo(body, "setup.language", new String[] { SetupMessages.Language_ja, SetupMessages.Language_en });
		new Label(body, SWT.NONE).setText(SetupMessages.Dialog_client);
		client = combo(body, "setup.client", MailClients.labels(uiLocale));
		withPassword = new Button(body, SWT.CHECK);
		withPassword.setText(SetupMessages.Dialog_withPassword);
		withPassword.setData(ID_KEY, "setup.withPassword");
		withPassword.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		withPassword.addListener(SWT.Selection, e -> refresh());
		passwordNote = new Label(body, SWT.WRAP);
		passwordNote.setData(ID_KEY, "setup.passwordNote");
		passwordNote.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		preview = new SetupPreview(body);
		GridData previewLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		previewLayout.widthHint = 640;
		previewLayout.heightHint = 420;
		preview.control().setLayoutData(previewLayout);
		return area;
	}

	private Button radio(Composite body, String text, String id, boolean selected) {
		Button button = new Button(body, SWT.RADIO);
		button.setText(text);
		button.setData(ID_KEY, id);
		button.setSelection(selected);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		button.addListener(SWT.Selection, e -> {
			if (button.getSelection()) {
				refresh();
			}
		});
		return button;
	}

	private Combo combo(Composite body, String id, String[] items) {
		Combo combo = new Combo(body, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(0);
		combo.setData(ID_KEY, id);
		combo.addListener(SWT.Selection, e -> refresh());
		return combo;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, SAVE_ID, SetupMessages.Dialog_save, true);
		createButton(parent, OPEN_ID, SetupMessages.Dialog_open, false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
		refresh();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == SAVE_ID) {
			save();
		} else if (buttonId == OPEN_ID) {
			openSheet();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	private boolean perMailbox() {
		return eachMailbox != null && eachMailbox.getSelection();
	}

	private SetupFormat chosenFormat() {
		return SetupFormat.values()[Math.max(0, format.getSelectionIndex())];
	}

	private MailClient chosenClient() {
		return MailClients.at(client.getSelectionIndex());
	}

	private Locale fileLocale() {
		return LANGUAGES[Math.max(0, language.getSelectionIndex())];
	}

	/** Builds the file (or the list of files) again from the choices and shows it. */
	private void refresh() {
		boolean domainAutoconfig = domain != null && !perMailbox();
		if (domainAutoconfig) {
			format.select(SetupFormat.THUNDERBIRD.ordinal()); // a domain's own file is the autoconfig its web server serves
		}
		format.setEnabled(!domainAutoconfig);
		SetupFormat chosen = chosenFormat();
		client.setEnabled(chosen == SetupFormat.SHEET); // only the sheet gives a client's steps
		boolean stored = mailbox != null && chosen.carriesPassword() && passwords.holds(mailbox.getAddress());
		boolean allowed = chosen.carriesPassword() && (stored || perMailbox());
		withPassword.setEnabled(allowed);
		if (!allowed) {
			withPassword.setSelection(false);
		}
		passwordNote.setText(!chosen.carriesPassword() ? SetupMessages.Password_neverInFormat
				: perMailbox() ? SetupMessages.Password_whereStored
						: stored ? SetupMessages.Password_stored : SetupMessages.Password_noneStored);
		clearContent();
		setup = null;
		batch = null;
		if (perMailbox()) {
			showBatch(chosen);
		} else {
			showSingle(chosen);
		}
		passwordNote.getParent().layout(true);
	}

	private void showSingle(SetupFormat chosen) {
		try {
			setup = mailbox != null ? gate.forMailbox(mailbox) : gate.forDomain(domain);
		} catch (SetupRefusedException e) {
			setErrorMessage(e.summary(uiLocale));
			preview.showText(SetupBatch.refusalLines(List.of(e), uiLocale));
			enableButtons(false, false);
			return;
		}
		char[] password = withPassword.getSelection() ? passwords.load(setup.address()).orElse(null) : null;
		try {
			content = chosen.write(setup, fileLocale(), password, chosenClient());
		} catch (IOException | RuntimeException e) {
			setErrorMessage(NLS.bind(SetupMessages.Dialog_writeFailed, e.getMessage()));
			preview.showText("");
			enableButtons(false, false);
			return;
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
		setErrorMessage(null);
		setMessage(password != null ? SetupMessages.Dialog_previewWithPassword : SetupMessages.Dialog_preview);
		if (chosen == SetupFormat.SHEET) {
			try {
				preview.showImage(SheetImages.firstPage(content, 72));
			} catch (IOException | RuntimeException | LinkageError e) {
				preview.showText(NLS.bind(SetupMessages.Dialog_noPicture, e.getMessage()));
			}
		} else {
			preview.showText(new String(content, StandardCharsets.UTF_8));
		}
		enableButtons(true, chosen == SetupFormat.SHEET);
	}

	private void showBatch(SetupFormat chosen) {
		batch = new SetupBatch(gate, domain);
		preview.showText(batch.describe(chosen, uiLocale));
		if (batch.isEmpty()) {
			setErrorMessage(SetupMessages.Batch_nothing);
		} else {
			setErrorMessage(null);
			setMessage(batch.refusedCount() == 0 ? SetupMessages.Batch_ready
					: Counted.bind(SetupMessages.Batch_readyWithRefusals, batch.refusedCount()));
		}
		enableButtons(!batch.isEmpty(), false);
	}

	private void enableButtons(boolean save, boolean open) {
		getButton(SAVE_ID).setEnabled(save);
		getButton(OPEN_ID).setEnabled(open);
	}

	private void save() {
		SetupFormat chosen = chosenFormat();
		if (perMailbox()) {
			Path folder = chooser.folder(getShell());
			if (folder != null) {
				saveBatch(chosen, folder);
			}
			return;
		}
		Path file = chooser.saveFile(getShell(), chosen.fileName(setup), chosen.extension());
		if (file == null || content == null) {
			return;
		}
		try {
			byte[] bytes = content;
			DurableFiles.write(file, out -> out.write(bytes), withPassword.getSelection());
			setMessage(NLS.bind(SetupMessages.Dialog_saved, file));
		} catch (IOException e) {
			setErrorMessage(NLS.bind(SetupMessages.Dialog_saveFailed, file, e.getMessage()));
		}
	}

	private void saveBatch(SetupFormat chosen, Path folder) {
		try {
			int written = batch.writeTo(folder, chosen, fileLocale(), chosenClient(), passwords, withPassword.getSelection());
			setMessage(Counted.bind(SetupMessages.Batch_saved, written, folder));
		} catch (IOException e) {
			setErrorMessage(e.getMessage());
		}
	}

	/** The sheet in the system's PDF viewer, from a file only this user can read (it may hold the password). */
	private void openSheet() {
		if (content == null) {
			return;
		}
		try {
			Path dir = Files.createTempDirectory("mailbox-sheet",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			Path file = dir.resolve(chosenFormat().fileName(setup));
			Files.write(file, content);
			file.toFile().deleteOnExit();
			dir.toFile().deleteOnExit();
			if (!chooser.open(file)) {
				setErrorMessage(NLS.bind(SetupMessages.Dialog_noViewer, file));
			}
		} catch (IOException | UnsupportedOperationException e) {
			setErrorMessage(NLS.bind(SetupMessages.Dialog_saveFailed, "", e.getMessage()));
		}
	}

	private void clearContent() {
		if (content != null) {
			Arrays.fill(content, (byte) 0); // it may have held the initial password
			content = null;
		}
	}

	@Override
	public boolean close() {
		clearContent();
		return super.close();
	}

	// For the UI tests' page object: what the dialog shows now.

	public String previewText() {
		return preview.shownText();
	}

	public boolean showsPicture() {
		return preview.shownImage() != null;
	}

	public String problemMessage() {
		return getErrorMessage();
	}
}
