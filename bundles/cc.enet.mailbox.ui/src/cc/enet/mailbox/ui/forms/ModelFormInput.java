package cc.enet.mailbox.ui.forms;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.ui.internal.UiMessages;

/** One mailbox or one domain, edited in a form. Two inputs are equal when their object is. */
public final class ModelFormInput implements IEditorInput {

	private final EObject object;

	public ModelFormInput(EObject object) {
		if (!(object instanceof Mailbox || object instanceof Domain)) {
			throw new IllegalArgumentException("not a mailbox or domain: " + object);
		}
		this.object = object;
	}

	public EObject object() {
		return object;
	}

	@Override
	public String getName() {
		return object instanceof Mailbox m ? String.valueOf(m.getAddress()) : String.valueOf(((Domain) object).getName());
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(object instanceof Mailbox ? UiMessages.Form_tooltipMailbox : UiMessages.Form_tooltipDomain, getName());
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
