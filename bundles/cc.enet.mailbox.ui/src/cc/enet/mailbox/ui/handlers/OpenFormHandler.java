package cc.enet.mailbox.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.ui.forms.Forms;

/**
 * Edit Domain Settings, Edit Customer Contact and the mailbox table's Open: the form of the selected domain, customer
 * or mailbox (plugin.xml enables each command for its kind).
 */
public final class OpenFormHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof EObject selected
				&& (selected instanceof Domain || selected instanceof Mailbox || selected instanceof Customer)) {
			Forms.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), selected);
		}
		return null;
	}
}
