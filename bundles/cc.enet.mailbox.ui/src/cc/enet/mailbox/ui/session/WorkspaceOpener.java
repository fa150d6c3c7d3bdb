package cc.enet.mailbox.ui.session;

import cc.enet.mailbox.ui.internal.UiMessages;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceException;
import cc.enet.mailbox.core.store.WorkspaceLock;
import cc.enet.mailbox.core.store.WorkspaceStore;

/**
 * Opens a workspace folder in a job with progress (100,000 mailboxes take a couple of seconds to read), then makes
 * it the window's session on the UI thread. A folder without a workspace gets the demo workspace.
 */
public final class WorkspaceOpener {

	private WorkspaceOpener() {
	}

	public static Job open(Path folder) {
		return open(folder, null);
	}

	/** @param demoServer the embedded demo server's WebAdmin URL (./console passes it), or null */
	public static Job open(Path folder, String demoServer) {
		Display display = Display.getDefault();
		Job job = new Job(NLS.bind(UiMessages.Job_openWorkspace, folder)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
				try {
					ConsoleSession session = openLocked(folder, demoServer);
					display.asyncExec(() -> ConsoleSession.setCurrent(session));
					return Status.OK_STATUS;
				} catch (WorkspaceException | IOException | RuntimeException e) {
					IStatus error = Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e);
					display.asyncExec(() -> ErrorDialog.openError(display.getActiveShell(), UiMessages.Open_failed, null, error));
					return Status.OK_STATUS; // already shown; the job framework must not show it twice
				} finally {
					monitor.done();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == WorkspaceOpener.class;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/**
	 * Takes the workspace's lock for the session (another console or a CLI import on it is refused, naming the
	 * holder), then reads it. Opening the current session's folder again hands its lock over.
	 */
	static ConsoleSession openLocked(Path folder, String demoServer) throws WorkspaceException, IOException {
		ConsoleSession current = ConsoleSession.current();
		if (current != null && current.workspace().folder().equals(folder.toAbsolutePath().normalize())) {
			current.releaseLock();
		}
		WorkspaceLock lock = WorkspaceLock.acquire(folder, "Mailbox Console");
		try {
			return new ConsoleSession(read(folder, demoServer), lock);
		} catch (WorkspaceException | IOException | RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	/**
	 * Reads the workspace, creating the demo on first start. With a demo server the demo's "demo" server points there
	 * and its mailboxes get initial passwords in secure storage, so the demo can be applied at once.
	 */
	static MailboxWorkspace read(Path folder, String demoServer) throws WorkspaceException, IOException {
		if (WorkspaceStore.isWorkspace(folder)) {
			MailboxWorkspace workspace = WorkspaceStore.open(folder);
			if (demoServer != null) {
				DemoWorkspace.useDemoServer(workspace, demoServer);
				WorkspaceStore.save(workspace);
			}
			return workspace;
		}
		CredentialStore credentials = null;
		if (demoServer != null) {
			try {
				credentials = SecureStorageCredentialStore.openDefault();
			} catch (CredentialException e) {
				throw new IOException(e.getMessage(), e);
			}
		}
		MailboxWorkspace demo = DemoWorkspace.create(folder, demoServer, credentials);
		WorkspaceStore.save(demo);
		return demo;
	}
}
