package cc.enet.mailbox.ui.session;

import cc.enet.mailbox.ui.internal.UiMessages;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.Saveable;

/**
 * The one thing every mailbox editor saves: the session's workspace. Editors share it, so closing one of two dirty
 * editors does not ask; the workbench asks when the last one closes.
 */
public final class WorkspaceSaveable extends Saveable {

	private final ConsoleSession session;

	WorkspaceSaveable(ConsoleSession session) {
		this.session = session;
	}

	@Override
	public String getName() {
		return session.workspace().folder().getFileName().toString();
	}

	@Override
	public String getToolTipText() {
		return session.workspace().folder().toString();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public void doSave(IProgressMonitor monitor) throws CoreException {
		monitor.beginTask(NLS.bind(UiMessages.Save_task, getName()), IProgressMonitor.UNKNOWN);
		try {
			session.saveWithProgress();
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(UiMessages.Save_failed, getToolTipText(), e.getMessage()), e));
		} finally {
			monitor.done();
		}
	}

	@Override
	public boolean isDirty() {
		return session.isDirty();
	}

	@Override
	public boolean equals(Object other) {
		return other == this;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}
}
