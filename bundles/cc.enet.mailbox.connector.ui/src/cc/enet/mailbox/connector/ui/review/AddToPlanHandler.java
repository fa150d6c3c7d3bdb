package cc.enet.mailbox.connector.ui.review;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.ui.editors.ModelSelection;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * "Add to Plan" on mailboxes in the table, or on domains and customers in the navigator: Review Changes reads them
 * from the server in its plans, besides what staff changed since the last apply, and plans now.
 */
public final class AddToPlanHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<Mailbox> mailboxes = ModelSelection.mailboxes(event);
		if (ConsoleSession.current() == null || mailboxes.isEmpty()) {
			return null;
		}
		ReviewView review;
		try {
			// shown, not activated: staff stay in the table they chose from
			review = (ReviewView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.showView(ReviewView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		review.planWith(mailboxes.stream().map(Mailbox::getAddress).toList());
		return null;
	}
}
