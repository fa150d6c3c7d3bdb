package cc.enet.mailbox.connector.ui.review;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import cc.enet.mailbox.connector.ui.review.PlanTree.DomainNode;
import cc.enet.mailbox.connector.ui.review.PlanTree.MailboxNode;
import cc.enet.mailbox.connector.ui.review.PlanTree.ServerNode;

/** The plan tree's rows: servers (a fleet plan), domains ({@link PlanTree}), their entries and mailboxes, each mailbox's entries. */
final class PlanContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof ServerNode server) {
			return server.children().toArray();
		}
		if (parent instanceof DomainNode domain) {
			return domain.children().toArray();
		}
		if (parent instanceof MailboxNode mailbox) {
			return mailbox.entries().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof ServerNode server ? !server.domains().isEmpty()
				: element instanceof DomainNode || element instanceof MailboxNode;
	}
}
