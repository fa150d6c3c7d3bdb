package cc.enet.mailbox.clientconfig.ui.setup;

import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.model.Addresses;

/**
 * Asks where the setup mail goes (the customer's contact), in which language and for which mail client; Send only
 * with a valid address.
 */
final class SendSetupDialog extends TitleAreaDialog {

	private final String mailbox;
	private final String suggestedContact;
	private Text contact;
	private Combo language;
	private Combo client;
	private final Locale uiLocale;
	private String chosenContact;
	private Locale chosenLocale = Locale.JAPANESE;
	private MailClient chosenClient = MailClient.ANY;

	/** @param suggestedContact the customer's contact address from the model, or null */
	SendSetupDialog(Shell parent, String mailbox, String suggestedContact, Locale uiLocale) {
		super(parent);
		this.mailbox = mailbox;
		this.suggestedContact = suggestedContact;
		this.uiLocale = uiLocale;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(SetupMessages.Send_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(SetupMessages.Send_heading, mailbox));
		setMessage(SetupMessages.Send_explain);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(SetupMessages.Send_contact);
		contact = new Text(body, SWT.BORDER | SWT.SINGLE);
		contact.setData("cc.enet.mailbox.ui.id", "sendSetup.contact");
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(contact);
		new Label(body, SWT.NONE).setText(SetupMessages.Send_language);
		language = new Combo(body, SWT.READ_ONLY);
		language.setItems(SetupMessages.Language_ja, SetupMessages.Language_en); // Japanese first: the guide's default
		language.select(0);
		language.setData("cc.enet.mailbox.ui.id", "sendSetup.language");
		new Label(body, SWT.NONE).setText(SetupMessages.Send_client);
		client = new Combo(body, SWT.READ_ONLY);
		client.setItems(MailClients.labels(uiLocale));
		client.select(0);
		client.setData("cc.enet.mailbox.ui.id", "sendSetup.client");
		contact.addModifyListener(e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, SetupMessages.Send_send, true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		if (suggestedContact != null) {
			contact.setText(suggestedContact); // validated like a typed one, now that Send exists
		}
	}

	private void validate() {
		String typed = contact.getText().strip();
		boolean valid = Addresses.isValidAddress(typed);
		getButton(IDialogConstants.OK_ID).setEnabled(valid);
		setErrorMessage(typed.isEmpty() || valid ? null : NLS.bind(SetupMessages.Send_badContact, typed));
	}

	@Override
	protected void okPressed() {
		chosenContact = contact.getText().strip();
		chosenLocale = language.getSelectionIndex() == 1 ? Locale.ENGLISH : Locale.JAPANESE;
		chosenClient = MailClients.at(client.getSelectionIndex());
		super.okPressed();
	}

	String contact() {
		return chosenContact;
	}

	Locale locale() {
		return chosenLocale;
	}

	MailClient client() {
		return chosenClient;
	}
}
