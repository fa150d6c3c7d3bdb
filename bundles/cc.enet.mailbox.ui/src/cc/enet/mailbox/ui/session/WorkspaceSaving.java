package cc.enet.mailbox.ui.session;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * Writes every changed customer file atomically ({@link WorkspaceStore#save}); on the UI thread with a modal progress
 * dialog while the files are written on another thread: the window keeps painting, and no edit reaches the model
 * halfway through a save.
 */
final class WorkspaceSaving {

	private WorkspaceSaving() {
	}

	static void save(MailboxWorkspace workspace) throws IOException {
		if (Display.getCurrent() == null || !PlatformUI.isWorkbenchRunning()) {
			WorkspaceStore.save(workspace);
			return;
		}
		try {
			PlatformUI.getWorkbench().getProgressService().run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(UiMessages.Save_task, workspace.folder().getFileName()), IProgressMonitor.UNKNOWN);
				try {
					WorkspaceStore.save(workspace);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}
}
