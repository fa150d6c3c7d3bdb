package cc.enet.mailbox.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;

import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.internal.UiMessages;

/** The open workspace a command works on, or a message saying there is none yet (it is still being read). */
final class OpenWorkspaceRequired {

	private OpenWorkspaceRequired() {
	}

	static ConsoleSession session(IWorkbenchWindow window, ExecutionEvent event) {
		ConsoleSession session = ConsoleSession.current();
		if (session == null) {
			String title;
			try {
				title = event.getCommand().getName();
			} catch (NotDefinedException e) {
				title = UiMessages.Import_noWorkspace;
			}
			MessageDialog.openInformation(window.getShell(), title, UiMessages.Import_noWorkspace);
		}
		return session;
	}
}
