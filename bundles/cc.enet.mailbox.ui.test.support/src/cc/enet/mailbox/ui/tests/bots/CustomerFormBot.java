package cc.enet.mailbox.ui.tests.bots;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.ui.forms.CustomerFormEditor;
import cc.enet.mailbox.ui.forms.ModelFormEditor;

/** A customer's contact form: the contact's name and address, and the decoration on the address. */
public final class CustomerFormBot extends FormBot {

	private final CustomerFormEditor editor;

	CustomerFormBot(CustomerFormEditor editor) {
		this.editor = editor;
	}

	@Override
	protected ModelFormEditor form() {
		return editor;
	}

	public Customer customer() {
		return editor.customer();
	}

	public CustomerFormBot enterContactName(String name) {
		enter(editor.contactName(), name);
		return this;
	}

	public String contactName() {
		return Ui.sync(() -> editor.contactName().getText());
	}

	/** Types an address without committing it. */
	public CustomerFormBot typeContactAddress(String address) {
		type(editor.contactAddress(), address);
		return this;
	}

	public CustomerFormBot enterContactAddress(String address) {
		enter(editor.contactAddress(), address);
		return this;
	}

	public String contactAddress() {
		Ui.sync(() -> null);
		return Ui.sync(() -> editor.contactAddress().getText());
	}

	public Decoration contactAddressDecoration() {
		return decorationOf(editor.contactAddress());
	}
}
