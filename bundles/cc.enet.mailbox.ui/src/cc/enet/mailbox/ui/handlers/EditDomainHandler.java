package cc.enet.mailbox.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.ui.forms.Forms;

/** Edit Domain Settings: the settings form of the selected domain. */
public final class EditDomainHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof Domain domain) {
			Forms.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), domain);
		}
		return null;
	}
}
