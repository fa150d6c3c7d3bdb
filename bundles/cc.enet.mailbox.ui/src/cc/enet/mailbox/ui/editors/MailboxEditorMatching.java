package cc.enet.mailbox.ui.editors;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorMatchingStrategy;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * A customer's file (as the Problems view opens it) goes to a table already showing that customer or the whole
 * workspace, instead of opening one more table.
 */
public final class MailboxEditorMatching implements IEditorMatchingStrategy {

	@Override
	public boolean matches(IEditorReference editorRef, IEditorInput input) {
		IEditorInput open;
		try {
			open = editorRef.getEditorInput();
		} catch (PartInitException e) {
			return false;
		}
		if (!(open instanceof MailboxTableInput table)) {
			return false;
		}
		if (input instanceof MailboxTableInput) {
			return table.equals(input);
		}
		ConsoleSession session = ConsoleSession.current();
		if (input instanceof IFileEditorInput file && session != null) {
			Customer customer = MailboxTableInput.customerOf(file.getFile(), session.workspace());
			return customer != null ? table.covers(customer) : table.scope() == session.workspace().root();
		}
		return false;
	}
}
