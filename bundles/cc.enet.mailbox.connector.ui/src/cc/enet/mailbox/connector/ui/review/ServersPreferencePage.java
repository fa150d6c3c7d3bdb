package cc.enet.mailbox.connector.ui.review;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * Window > Preferences > Mail Servers. The servers belong to the open workspace (the model applies to them), so
 * each change is a command on its stack, saved with it; Cancel undoes what the page did.
 */
public final class ServersPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "cc.enet.mailbox.ui.preferences.servers";

	private ServersPanel panel;

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		ConsoleSession session = ConsoleSession.current();
		if (session == null) {
			Label label = new Label(parent, SWT.WRAP);
			label.setText(ReviewMessages.Import_noWorkspace);
			return label;
		}
		panel = new ServersPanel(parent, session);
		return panel.control();
	}

	@Override
	public boolean performCancel() {
		if (panel != null) {
			panel.undoOwnChanges();
		}
		return true;
	}
}
