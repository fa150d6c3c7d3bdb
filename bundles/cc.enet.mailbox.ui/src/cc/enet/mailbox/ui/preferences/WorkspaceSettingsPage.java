package cc.enet.mailbox.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * A page of the open workspace's own settings (saved with the workspace, each change a command on its undo stack):
 * without a workspace it only says so. No Defaults or Apply: OK applies, Cancel changes nothing.
 */
abstract class WorkspaceSettingsPage extends PreferencePage implements IWorkbenchPreferencePage {

	private final String description;
	/** The workspace whose settings the page edits; null when none is open. */
	protected ConsoleSession session;

	WorkspaceSettingsPage(String description) {
		this.description = description;
	}

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
		setDescription(description);
	}

	@Override
	protected final Control createContents(Composite parent) {
		session = ConsoleSession.current();
		if (session == null) {
			Label label = new Label(parent, SWT.WRAP);
			label.setText(UiMessages.Import_noWorkspace);
			return label;
		}
		return createSettings(parent);
	}

	/** The page's fields, for {@link #session}'s workspace. */
	protected abstract Control createSettings(Composite parent);
}
