package cc.enet.mailbox.team.ui;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;

import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.team.SyncOperation;
import cc.enet.mailbox.team.SyncResult;
import cc.enet.mailbox.team.TeamException;
import cc.enet.mailbox.team.merge.MergeDecisions;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.session.WorkspaceOpener;
import cc.enet.mailbox.ui.text.Counted;

/**
 * Runs one synchronize off the UI thread (progress and Cancel in the job's dialog), then on the UI thread: the
 * conflicts to decide (and a synchronize again with the decisions), the findings that kept the push back, or the
 * result; whenever the files changed the workspace is read again, so the window shows what was merged.
 */
final class SynchronizeJob extends Job {

	/** The family tests wait on. */
	static final Object FAMILY = SynchronizeJob.class;

	private final IWorkbenchWindow window;
	private final Path folder;
	private final MergeDecisions decisions;

	SynchronizeJob(IWorkbenchWindow window, Path folder, MergeDecisions decisions) {
		super(NLS.bind(TeamMessages.Sync_job, folder.getFileName()));
		this.window = window;
		this.folder = folder;
		this.decisions = decisions;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Display display = window.getShell().getDisplay();
		try {
			SyncResult result = new SyncOperation(folder, SecureStorageCredentialStore.openDefault(), decisions).run(monitor);
			display.asyncExec(() -> show(result));
		} catch (TeamException e) {
			String message = e.getMessage(ConsoleSession.current() == null ? java.util.Locale.getDefault()
					: ConsoleSession.current().locale());
			display.asyncExec(() -> MessageDialog.openError(window.getShell(), TeamMessages.Sync_failed, message));
		} catch (CredentialException e) {
			display.asyncExec(() -> MessageDialog.openError(window.getShell(), TeamMessages.Sync_failed, e.getMessage()));
		}
		return Status.OK_STATUS; // shown above; the job framework must not show it twice
	}

	private void show(SyncResult result) {
		if (result.received()) {
			reload();
		}
		String head = result.head() == null ? "-" : result.head().substring(0, 10);
		switch (result.status()) {
		case CONFLICTS -> {
			ConflictsDialog dialog = new ConflictsDialog(window.getShell(), result.conflicts());
			if (dialog.open() == Window.OK) {
				new SynchronizeJob(window, folder, dialog.decisions()).schedule();
			}
		}
		case RULE_ERRORS -> MessageDialog.openError(window.getShell(), TeamMessages.Sync_failed,
				Counted.bind(TeamMessages.Sync_ruleErrors, result.findings().size(), result.findings().stream().limit(10)
						.map(f -> f.ruleId() + " " + f.place() + " " + f.featurePath()).collect(Collectors.joining("\n"))));
		case DONE -> MessageDialog.openInformation(window.getShell(), TeamMessages.Sync_title,
				NLS.bind(result.sent() || result.received() ? TeamMessages.Sync_done : TeamMessages.Sync_upToDate, head));
		}
	}

	/** The files on disk changed under the window's session: read them again (the session's lock is handed over). */
	private void reload() {
		if (window.getActivePage() != null) {
			window.getActivePage().closeAllEditors(false);
		}
		WorkspaceOpener.open(folder);
	}
}
