package cc.enet.mailbox.ui.parts;

import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.session.WorkspaceOpener;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.part.EditorPart;

import cc.enet.mailbox.core.store.WorkspaceChangedException;

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
			if (e.getStatus().getException() instanceof WorkspaceChangedException changed) {
				offerReload(changed);
			} else {
				ErrorDialog.openError(getSite().getShell(), UiMessages.Save_failedTitle, null, e.getStatus());
			}
		}
	}

	/** Someone else saved a file of the workspace: nothing was written; reloading shows their version. */
	private void offerReload(WorkspaceChangedException changed) {
		if (MessageDialog.openQuestion(getSite().getShell(), UiMessages.Save_failedTitle,
				NLS.bind(UiMessages.Save_changedOnDisk, changed.file()))) {
			WorkspaceOpener.open(session().workspace().folder());
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
