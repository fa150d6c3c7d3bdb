package cc.enet.mailbox.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.ui.preferences.EnetContactPreferencePage;
import cc.enet.mailbox.ui.preferences.EnetHostsPreferencePage;
import cc.enet.mailbox.ui.review.ServersPreferencePage;

/** Window > Mail Servers / Enet Server Host Names / Enet Contact: the preference dialog on that page, the others a click away. */
public final class WorkspacePreferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		if (OpenWorkspaceRequired.session(window, event) == null) {
			return null;
		}
		String command = event.getCommand().getId();
		String page = command.endsWith("enetHosts") ? EnetHostsPreferencePage.ID
				: command.endsWith("enetContact") ? EnetContactPreferencePage.ID : ServersPreferencePage.ID;
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), page,
				new String[] { ServersPreferencePage.ID, EnetHostsPreferencePage.ID, EnetContactPreferencePage.ID }, null);
		// once it is open and laid out: the tree's names decide its width
		window.getShell().getDisplay().asyncExec(() -> {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				PreferenceTreeWidth.fit(dialog);
			}
		});
		dialog.open();
		return null;
	}
}
