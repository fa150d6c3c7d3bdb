package cc.enet.mailbox.ui.forms;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Severity;

/**
 * A contact's fields as staff type them, read as {@code ./mailbox enet-contact} and the domain CSV read them: blanks
 * around are dropped, an empty value clears the field, and a contact address must be a mail address
 * ({@code csv.notAddress} there, the rule address.invalid's words here).
 */
public final class ContactValues {

	private ContactValues() {
	}

	/** A name or channel as stored: stripped, null when empty. */
	public static Object name(String typed) {
		String value = typed.strip();
		return value.isEmpty() ? null : value;
	}

	/** An address as stored, null when empty; not a mail address: refused (the field goes back to the model's value). */
	static Object address(String typed) {
		String value = typed.strip();
		if (value.isEmpty()) {
			return null;
		}
		if (!Addresses.isValidAddress(value)) {
			throw new IllegalArgumentException(value);
		}
		return value;
	}

	/** The findings of a typed contact address on {@code owner}: address.invalid while it is not an address. */
	static List<Finding> addressFindings(EObject owner, String typed) {
		String value = typed.strip();
		if (value.isEmpty() || Addresses.isValidAddress(value)) {
			return List.of();
		}
		return List.of(new Finding("address.invalid", Severity.ERROR, owner, Literals.CUSTOMER__CONTACT_ADDRESS,
				Literals.CUSTOMER__CONTACT_ADDRESS.getName(), null, null, "address.invalid", List.of(value)));
	}
}
