package cc.enet.mailbox.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor of the open workspace: its dirty state and Save are the session's one saveable, shared by every table
 * and form, so saving in one saves all and the workbench asks once.
 */
public abstract class SessionEditorPart extends EditorPart implements ISaveablesSource, SessionEditor {

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			session().saveable().doSave(monitor);
		} catch (CoreException e) {
			ErrorDialog.openError(getSite().getShell(), UiMessages.Save_failedTitle, null, e.getStatus());
		}
	}

	@Override
	public void doSaveAs() {
		// one workspace, one folder: Save As has no meaning here
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return session().isDirty();
	}

	@Override
	public Saveable[] getSaveables() {
		return new Saveable[] { session().saveable() };
	}

	@Override
	public Saveable[] getActiveSaveables() {
		return getSaveables();
	}
}
