package cc.enet.mailbox.ui.tests.bots;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

/**
 * Counts the jobs of one family scheduled after it was made, so that a bot can wait for the job a click started even
 * when a dialog in between delays it: first until one is scheduled, then until the family is done.
 */
final class JobWatch {

	private final Object family;
	private final AtomicInteger scheduled = new AtomicInteger();
	private final IJobChangeListener listener = new JobChangeAdapter() {
		@Override
		public void scheduled(IJobChangeEvent event) {
			if (event.getJob().belongsTo(family)) {
				scheduled.incrementAndGet();
			}
		}
	};

	private JobWatch(Object family) {
		this.family = family;
	}

	/** Watches from now on. */
	static JobWatch of(Object family) {
		JobWatch watch = new JobWatch(family);
		Job.getJobManager().addJobChangeListener(watch.listener);
		return watch;
	}

	/** Waits until a job of the family has been scheduled since, then until every job of the family is done. */
	void awaitDone(String what) {
		try {
			Ui.waitUntil(what + " starts", () -> scheduled.get() > 0);
		} finally {
			stop();
		}
		join(family);
	}

	/** Stops watching (a press that started no job, e.g. a refused apply, is never waited for). */
	void stop() {
		Job.getJobManager().removeJobChangeListener(listener);
	}

	/** Waits for every job of {@code family}, sleeping ones too (a job scheduled with a delay). */
	static void join(Object family) {
		try {
			Job.getJobManager().join(family, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
