package cc.enet.mailbox.ui.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPersistableElement;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.model.WorkspaceWalk;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.internal.UiMessages;

/** The mailboxes of a domain, a customer or the whole workspace. Two inputs are equal when their scope is. */
public final class MailboxTableInput implements IEditorInput {

	private final EObject scope;

	public MailboxTableInput(EObject scope) {
		if (!(scope instanceof Workspace || scope instanceof Customer || scope instanceof Domain)) {
			throw new IllegalArgumentException("not a workspace, customer or domain: " + scope);
		}
		this.scope = scope;
	}

	/** The input for a customer's file (how the Problems view opens an editor); the whole workspace otherwise. */
	public static MailboxTableInput of(IEditorInput input, ConsoleSession session) {
		if (input instanceof MailboxTableInput table) {
			return table;
		}
		if (input instanceof IFileEditorInput fileInput) {
			Customer customer = customerOf(fileInput.getFile(), session.workspace());
			return new MailboxTableInput(customer != null ? customer : session.workspace().root());
		}
		return new MailboxTableInput(session.workspace().root());
	}

	static Customer customerOf(IFile file, MailboxWorkspace workspace) {
		if (file == null || file.getLocation() == null) {
			return null;
		}
		Path path = file.getLocation().toPath().toAbsolutePath().normalize();
		for (Customer customer : workspace.root().getCustomers()) {
			Resource resource = customer.eResource();
			if (resource != null && resource.getURI().isFile()
					&& Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize().equals(path)) {
				return customer;
			}
		}
		return null;
	}

	public EObject scope() {
		return scope;
	}

	/** Whether the table of this input shows the customer's mailboxes. */
	public boolean covers(Customer customer) {
		return scope == customer || scope instanceof Workspace;
	}

	/** How many mailboxes the scope holds now, without building the list. */
	public int count() {
		if (scope instanceof Domain domain) {
			return domain.getMailboxes().size();
		}
		if (scope instanceof Customer customer) {
			return WorkspaceWalk.mailboxCount(customer);
		}
		return scope instanceof Workspace workspace ? WorkspaceWalk.mailboxCount(workspace) : 0;
	}

	public List<Mailbox> mailboxes() {
		if (scope instanceof Domain domain) {
			return new ArrayList<>(domain.getMailboxes());
		} else if (scope instanceof Customer customer) {
			return WorkspaceWalk.mailboxes(customer);
		}
		return scope instanceof Workspace workspace ? WorkspaceWalk.mailboxes(workspace) : new ArrayList<>();
	}

	@Override
	public String getName() {
		if (scope instanceof Domain domain) {
			return String.valueOf(domain.getName());
		}
		if (scope instanceof Customer customer) {
			return String.valueOf(customer.getName());
		}
		return UiMessages.Editor_allMailboxes;
	}

	@Override
	public String getToolTipText() {
		if (scope instanceof Domain domain) {
			return NLS.bind(UiMessages.Editor_tooltipDomain, domain.getName());
		}
		if (scope instanceof Customer customer) {
			return NLS.bind(UiMessages.Editor_tooltipCustomer, customer.getName());
		}
		return UiMessages.Editor_allMailboxes;
	}

	@Override
	public boolean exists() {
		return false; // not in the recently-used list: it lives only as long as the session
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
		return adapter.isInstance(scope) ? adapter.cast(scope) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MailboxTableInput input && input.scope == scope;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(scope);
	}
}
