package cc.enet.mailbox.connector.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.runtime.SubMonitor;

import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.apply.ChangeResult.Status;
import cc.enet.mailbox.connector.internal.ConnectorMessages;
import cc.enet.mailbox.connector.plan.PlanEntry;

/**
 * Where one apply writes down what it does: each change's result (kept for the report, in the journal and the audit
 * log), the audit log's intent line before each request, and the progress.
 */
final class ApplyRecords implements AutoCloseable {

	private final String server;
	private final Journal journal;
	private final AuditLog audit;
	private final SubMonitor progress;
	private final Map<Change, ChangeResult> results = Collections.synchronizedMap(new LinkedHashMap<>());
	private final ExecutorService recorder;

	/** @param workers one recorder per worker: records of parallel workers still share the audit log's forces */
	ApplyRecords(String server, Journal journal, AuditLog audit, SubMonitor progress, int workers) {
		this.server = server;
		this.journal = journal;
		this.audit = audit;
		this.progress = progress;
		this.recorder = Executors.newFixedThreadPool(workers, task -> {
			Thread thread = new Thread(task, "apply-recorder");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** The audit log's line before a request: no request goes out that the log cannot show. */
	void intent(Change change) throws IOException {
		audit.intent(server, change.describe());
	}

	/** The intent lines of changes sent as one request, on disk before it goes out. */
	void intents(List<Change> changes) throws IOException {
		audit.intents(server, changes.stream().map(Change::describe).toList());
	}

	/** The results of changes sent as one request, recorded together; each counts as one step of the progress. */
	void finish(List<ChangeResult> together) {
		together.forEach(result -> results.put(result.change(), result));
		onRecorder(() -> {
			for (ChangeResult result : together) {
				journal.result(result);
			}
			audit.results(server, together);
		});
		synchronized (progress) {
			progress.worked(together.size());
		}
	}

	/** Records a result and counts it as one step of the progress. */
	ChangeResult finish(ChangeResult result) {
		record(result);
		synchronized (progress) {
			progress.worked(1);
		}
		return result;
	}

	void record(ChangeResult result) {
		results.put(result.change(), result);
		String message = result.message();
		onRecorder(() -> {
			journal.result(result);
			audit.record(server, result.change().describe(), result.status().label(), message);
		});
	}

	private interface Writing {
		void run() throws IOException;
	}

	/**
	 * Cancel interrupts the workers, and an interrupt closes the file a worker writes: a recorder thread, never
	 * interrupted, writes the records, so that they still reach the disk whole.
	 */
	private void onRecorder(Writing writing) {
		try {
			CompletableFuture.runAsync(() -> {
				try {
					writing.run();
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}, recorder).join(); // join waits through interrupts and leaves the flag for the caller
		} catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
	}

	/** Every change's result in the plan's order; one never reached is "not attempted" (or "cancelled"), in the journal too. */
	List<ChangeResult> inOrder(List<Change> changes, boolean cancelled) throws IOException {
		List<ChangeResult> ordered = new ArrayList<>();
		for (Change change : changes) {
			ChangeResult result = results.get(change);
			if (result == null) {
				result = new ChangeResult(change, Status.NOT_ATTEMPTED,
						ConnectorMessages.text(cancelled ? "result.cancelled" : "result.notAttempted"));
				journal.result(result);
			}
			ordered.add(result);
		}
		return ordered;
	}

	/** The audit log's line for each server value taken into the model. */
	void taken(List<TakenField> takes) throws IOException {
		for (TakenField take : takes) {
			PlanEntry entry = take.entry();
			audit.record(server, "take " + entry.field().label() + " of " + entry.mailbox() + " from the server: " + entry.server(),
					"taken", null);
		}
	}

	@Override
	public void close() {
		recorder.shutdown();
	}
}
