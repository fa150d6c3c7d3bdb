package cc.enet.mailbox.ui.forms;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.ui.internal.UiMessages;

/** One mailbox, domain or customer, edited in a form. Two inputs are equal when their object is. */
public final class ModelFormInput implements IEditorInput {

	private final EObject object;

	public ModelFormInput(EObject object) {
		if (!(object instanceof Mailbox || object instanceof Domain || object instanceof Customer)) {
			throw new IllegalArgumentException("not a mailbox, domain or customer: " + object);
		}
		this.object = object;
	}

	public EObject object() {
		return object;
	}

	@Override
	public String getName() {
		if (object instanceof Customer c) {
			return String.valueOf(c.getName());
		}
		return object instanceof Mailbox m ? String.valueOf(m.getAddress()) : String.valueOf(((Domain) object).getName());
	}

	@Override
	public String getToolTipText() {
		String tooltip = object instanceof Mailbox ? UiMessages.Form_tooltipMailbox
				: object instanceof Customer ? UiMessages.Form_tooltipCustomer : UiMessages.Form_tooltipDomain;
		return NLS.bind(tooltip, getName());
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(object) ? adapter.cast(object) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ModelFormInput input && input.object == object;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(object);
	}
}
