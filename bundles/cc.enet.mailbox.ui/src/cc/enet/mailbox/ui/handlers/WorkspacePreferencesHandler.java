package cc.enet.mailbox.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Window > Mail Servers / Enet Server Host Names / Enet Contact: the preference dialog on the page named after the class in
 * plugin.xml ({@code WorkspacePreferencesHandler:PAGE_ID}), every page of the console a click away, whichever bundle
 * contributed it.
 */
public final class WorkspacePreferencesHandler extends AbstractHandler implements IExecutableExtension {

	private static final String CONSOLE_PAGES = "cc.enet.mailbox.";
	private String page;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		page = (String) data;
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		if (OpenWorkspaceRequired.session(window, event) == null) {
			return null;
		}
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), page, consolePages(), null);
		// once it is open and laid out: the tree's names decide its width
		window.getShell().getDisplay().asyncExec(() -> {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				PreferenceTreeWidth.fit(dialog);
			}
		});
		dialog.open();
		return null;
	}

	private static String[] consolePages() {
		PreferenceManager pages = PlatformUI.getWorkbench().getPreferenceManager();
		return pages.getElements(PreferenceManager.PRE_ORDER).stream().map(IPreferenceNode::getId)
				.filter(id -> id.startsWith(CONSOLE_PAGES)).toArray(String[]::new);
	}
}
