package cc.enet.mailbox.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.session.WorkspaceOpener;

/** File > Open Workspace: another folder of mailboxes, once the open editors are saved or closed. */
public final class OpenWorkspaceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		DirectoryDialog dialog = new DirectoryDialog(window.getShell(), SWT.OPEN);
		dialog.setText(UiMessages.Menu_openWorkspaceTitle);
		String folder = dialog.open();
		if (folder != null && window.getActivePage().closeAllEditors(true)) {
			WorkspaceOpener.open(Path.of(folder));
		}
		return null;
	}
}
