package cc.enet.mailbox.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.ui.preferences.EnetHostsPreferencePage;
import cc.enet.mailbox.ui.review.ServersPreferencePage;

/** Window > Mail Servers / Enet Server Host Names: the preference dialog on that page, the other a click away. */
public final class WorkspacePreferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		if (OpenWorkspaceRequired.session(window, event) == null) {
			return null;
		}
		String page = event.getCommand().getId().endsWith("enetHosts") ? EnetHostsPreferencePage.ID : ServersPreferencePage.ID;
		PreferencesUtil.createPreferenceDialogOn(window.getShell(), page,
				new String[] { ServersPreferencePage.ID, EnetHostsPreferencePage.ID }, null).open();
		return null;
	}
}
