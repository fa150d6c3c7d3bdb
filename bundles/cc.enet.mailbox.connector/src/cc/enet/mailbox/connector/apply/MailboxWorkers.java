package cc.enet.mailbox.connector.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.SubMonitor;

import cc.enet.mailbox.connector.Change;

/**
 * Runs the mailboxes of an apply in parallel, up to the connector's limit, and stops them on Cancel: the workers are
 * interrupted, so a pause between retries ends at once and no new request starts.
 */
final class MailboxWorkers {

	private MailboxWorkers() {
	}

	/**
	 * Runs {@code work} for each mailbox's changes and waits for all. Only the journal or the audit log failing to
	 * write ends a worker with an exception: then the rest is cancelled and that failure is thrown here.
	 */
	static void run(Collection<List<Change>> perMailbox, int workers, SubMonitor progress, Consumer<List<Change>> work)
			throws IOException {
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		Throwable localFailure = null;
		try {
			List<Future<?>> tasks = new ArrayList<>();
			for (List<Change> mailboxChanges : perMailbox) {
				tasks.add(pool.submit(() -> work.accept(mailboxChanges)));
			}
			for (Future<?> task : tasks) {
				try {
					awaitOrCancel(task, progress, pool);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				} catch (ExecutionException e) {
					// no request goes out unlogged: a record that cannot be written stops the apply
					localFailure = localFailure == null ? e.getCause() : localFailure;
					progress.setCanceled(true);
				}
			}
		} finally {
			pool.shutdownNow();
		}
		if (localFailure instanceof UncheckedIOException io) {
			throw io.getCause();
		} else if (localFailure instanceof RuntimeException unexpected) {
			throw unexpected;
		} else if (localFailure instanceof Error error) {
			throw error;
		}
	}

	private static void awaitOrCancel(Future<?> task, SubMonitor progress, ExecutorService pool)
			throws InterruptedException, ExecutionException {
		while (true) {
			try {
				task.get(100, TimeUnit.MILLISECONDS);
				return;
			} catch (TimeoutException stillRunning) {
				if (progress.isCanceled()) {
					for (Runnable neverStarted : pool.shutdownNow()) {
						if (neverStarted instanceof Future<?> future) {
							future.cancel(false); // else its get() would wait for ever
						}
					}
				}
			} catch (CancellationException cancelled) {
				return;
			}
		}
	}
}
