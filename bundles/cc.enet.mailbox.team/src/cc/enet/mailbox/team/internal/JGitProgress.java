package cc.enet.mailbox.team.internal;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;

/** JGit's progress shown on an Eclipse monitor; the monitor's Cancel stops JGit at its next step. */
public final class JGitProgress implements ProgressMonitor {

	private final IProgressMonitor monitor;

	public JGitProgress(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void start(int totalTasks) {
		// the Eclipse monitor's own total covers the whole operation
	}

	@Override
	public void beginTask(String title, int totalWork) {
		monitor.subTask(title);
	}

	@Override
	public void update(int completed) {
		// JGit's units (objects, bytes) are not the monitor's
	}

	@Override
	public void endTask() {
		// nothing to close
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}

	@Override
	public void showDuration(boolean enabled) {
		// durations go to no log here
	}

	public static Duration timeout() {
		return Duration.ofSeconds(Integer.getInteger("mailbox.team.timeoutSeconds", 30));
	}
}
