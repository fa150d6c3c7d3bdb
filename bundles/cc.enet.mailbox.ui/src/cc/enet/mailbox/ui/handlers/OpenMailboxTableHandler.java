package cc.enet.mailbox.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.ui.editors.MailboxTableEditor;
import cc.enet.mailbox.ui.editors.MailboxTableInput;
import cc.enet.mailbox.ui.session.ConsoleSession;

/** Open Mailbox Table (of the selected customer or domain) and Open All Mailboxes. */
public final class OpenMailboxTableHandler extends AbstractHandler {

	static final String ALL = "cc.enet.mailbox.ui.commands.openAllMailboxes";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		ConsoleSession session = OpenWorkspaceRequired.session(window, event);
		if (session == null) {
			return null;
		}
		EObject scope = ALL.equals(event.getCommand().getId()) ? session.workspace().root()
				: HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof EObject selected ? selected
						: null;
		if (scope != null) {
			try {
				window.getActivePage().openEditor(new MailboxTableInput(scope), MailboxTableEditor.ID);
			} catch (PartInitException e) {
				throw new ExecutionException(e.getMessage(), e);
			}
		}
		return null;
	}
}
