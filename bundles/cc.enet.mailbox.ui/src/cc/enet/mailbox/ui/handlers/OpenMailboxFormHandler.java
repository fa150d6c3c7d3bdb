package cc.enet.mailbox.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.ui.forms.Forms;

/** Open (the mailbox table's context menu): the form of the first selected mailbox. */
public final class OpenMailboxFormHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof Mailbox mailbox) {
			Forms.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), mailbox);
		}
		return null;
	}
}
