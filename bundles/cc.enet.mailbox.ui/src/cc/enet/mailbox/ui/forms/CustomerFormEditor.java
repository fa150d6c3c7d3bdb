package cc.enet.mailbox.ui.forms;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * One customer's contact as a form: the person the setup mail is addressed to, and their mail address. Each field is
 * one command (Undo, Save); checked as the domain CSV's contact_address is: an address that is not one is refused
 * with the rule's message, an empty field clears the value.
 */
public final class CustomerFormEditor extends ModelFormEditor {

	public static final String ID = "cc.enet.mailbox.ui.forms.customer";

	private Text contactName;
	private Text contactAddress;

	public Customer customer() {
		return (Customer) object();
	}

	@Override
	protected void createForm(Composite parent) {
		Group contact = group(parent, UiMessages.Form_customerContact, 2);
		Label hint = label(contact, UiMessages.Form_customerContactHint);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		label(contact, UiMessages.Form_contactName);
		contactName = text(contact, observe(customer(), Literals.CUSTOMER__CONTACT_NAME), null, ContactValues::name);
		label(contact, UiMessages.Form_contactAddress);
		contactAddress = text(contact, observe(customer(), Literals.CUSTOMER__CONTACT_ADDRESS), this::typedAddress,
				ContactValues::address);
		decorations.bind(contactAddress, () -> null);
	}

	/** The address rule's finding while the typed text is not a mail address; none for an empty field (clears it). */
	private List<Finding> typedAddress(String typed) {
		return ContactValues.addressFindings(customer(), typed);
	}

	public Text contactName() {
		return contactName;
	}

	public Text contactAddress() {
		return contactAddress;
	}
}
