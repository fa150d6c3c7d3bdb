package cc.enet.mailbox.clientconfig.ui.probe;

import cc.enet.mailbox.ui.editors.ModelSelection;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.clientconfig.ui.setup.StoredPasswords;

/** "Test Settings" on mailboxes or a domain: shows the Test Results view and probes them in a job. */
public final class TestSettingsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ConsoleSession session = ConsoleSession.current();
		List<Mailbox> mailboxes = ModelSelection.mailboxes(event);
		if (session == null || mailboxes.isEmpty()) {
			return null;
		}
		ProbeOptions options;
		try {
			options = ProbeOptions.load();
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(HandlerUtil.getActiveShellChecked(event), ProbeMessages.Job_optionsTitle,
					e.getMessage());
			return null;
		}
		try {
			// shown, not activated: staff stay in the table they tested from
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(ProbeResultsView.ID, null,
					IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		new ProbeJob(session, mailboxes, StoredPasswords.of(session.workspace().root()), options).schedule();
		return null;
	}
}
