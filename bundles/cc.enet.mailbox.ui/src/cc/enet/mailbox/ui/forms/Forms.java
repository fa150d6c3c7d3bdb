package cc.enet.mailbox.ui.forms;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Mailbox;

/** Opens the form of a mailbox, a domain or a customer (the one already open when there is one). */
public final class Forms {

	private Forms() {
	}

	public static IEditorPart open(IWorkbenchPage page, EObject object) {
		try {
			String editor = object instanceof Mailbox ? MailboxFormEditor.ID
					: object instanceof Customer ? CustomerFormEditor.ID : DomainFormEditor.ID;
			return page.openEditor(new ModelFormInput(object), editor);
		} catch (PartInitException e) {
			ILog.of(Forms.class).log(e.getStatus());
			return null;
		}
	}
}
