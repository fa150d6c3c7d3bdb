package cc.enet.mailbox.ui.editors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;

/** The model objects a command acts on: the mailbox table's selected rows, or what the Customers view selects. */
public final class ModelSelection {

	private ModelSelection() {
	}

	public static List<Object> elements(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof MailboxTableEditor table) {
			// read from row indices: the virtual table's own selection would create every selected item
			return new ArrayList<>(table.table().selectedMailboxes());
		}
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		List<Object> selected = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				selected.add(element);
			}
		}
		return selected;
	}

	/** Selected mailboxes and every mailbox of selected domains and customers, each once, in order. */
	public static List<Mailbox> mailboxes(ExecutionEvent event) {
		Set<Mailbox> mailboxes = new LinkedHashSet<>();
		for (Object element : elements(event)) {
			if (element instanceof Mailbox mailbox) {
				mailboxes.add(mailbox);
			} else if (element instanceof Domain domain) {
				mailboxes.addAll(domain.getMailboxes());
			} else if (element instanceof Customer customer) {
				customer.getDomains().forEach(d -> mailboxes.addAll(d.getMailboxes()));
			}
		}
		return new ArrayList<>(mailboxes);
	}
}
