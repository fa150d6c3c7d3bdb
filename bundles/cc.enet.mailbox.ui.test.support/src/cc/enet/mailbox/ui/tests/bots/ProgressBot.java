package cc.enet.mailbox.ui.tests.bots;

import org.eclipse.core.runtime.jobs.Job;

/**
 * A running user job's Cancel. The console runs user jobs in the background (the platform's default), so Cancel is
 * the red square of the status line's progress area, which cancels the job: this does the same.
 */
public final class ProgressBot {

	private ProgressBot() {
	}

	/** Waits until a job of {@code family} runs and cancels it. */
	public static void cancel(Object family) {
		Ui.waitUntil("a job to cancel is running", () -> Job.getJobManager().find(family).length > 0);
		for (Job job : Job.getJobManager().find(family)) {
			job.cancel();
		}
	}
}
