package cc.enet.mailbox.connector.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.apply.ChangeResult.Status;
import cc.enet.mailbox.connector.internal.ConnectorMessages;
import cc.enet.mailbox.connector.plan.ModelStates;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.InitialPasswords;
import cc.enet.mailbox.core.credentials.PasswordGivenElsewhereException;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.model.Addresses;

/**
 * Applies a plan to a server: domains first, then each mailbox's changes in order (account before its settings),
 * mailboxes in parallel up to the connector's limit. A failed change skips only what depends on it; a server-wide
 * failure (unreachable, credentials, certificate) stops the rest. Every result goes to the journal and the audit log;
 * the model's base state is updated on the calling thread once the requests are done, so the next plan is empty.
 * UI-free: the console runs it in a Job, the CLI and the tests call it directly.
 */
public final class ApplyOperation {


	private final MailboxWorkspace workspace;
	private final Connector connector;
	private final Plan plan;
	private final Decisions decisions;
	private final InitialPasswords credentials;

	public ApplyOperation(MailboxWorkspace workspace, Connector connector, Plan plan, Decisions decisions,
			CredentialStore credentials) {
		this.workspace = workspace;
		this.connector = connector;
		this.plan = plan;
		this.decisions = decisions;
		MailServer target = server(plan.server());
		// this workspace's passwords only, and only to the server they were first sent to
		this.credentials = InitialPasswords.of(credentials, workspace.folder(), plan.server(),
				target == null ? null : target.getUrl(), target == null ? null : target.getPinnedCertificateSha256());
	}

	public ApplyReport run(IProgressMonitor monitor) throws IOException {
		String server = plan.server();
		Journal journal = new Journal(workspace.folder(), server);
		AuditLog audit = new AuditLog(workspace.folder()).context(serverUrl(server),
				plan.modelFingerprint() + "/" + plan.serverFingerprint());
		List<Change> changes = new ArrayList<>();
		int conflictsLeft = 0;
		List<PlanEntry> takeTheirs = new ArrayList<>();
		for (PlanEntry entry : plan.entries()) {
			if (entry.isChange()) {
				changes.add(entry.change());
			} else if (entry.kind() == PlanEntry.Kind.CONFLICT) {
				Decisions.Take take = decisions.forMailbox(entry.mailbox());
				if (take == Decisions.Take.MINE) {
					changes.add(entry.change());
				} else if (take == Decisions.Take.THEIRS) {
					takeTheirs.add(entry);
				} else {
					conflictsLeft++;
				}
			}
		}
		String taskName = ConnectorMessages.text("apply.progress", server).in(Locale.getDefault()); // the console's -nl
		SubMonitor progress = SubMonitor.convert(monitor, taskName, changes.size() + 1);
		journal.start(server, changes.size());
		Map<Change, ChangeResult> results = Collections.synchronizedMap(new LinkedHashMap<>());
		AtomicReference<ConnectorException> serverFailure = new AtomicReference<>();

		List<Change> domains = changes.stream().filter(c -> c instanceof Change.CreateDomain).toList();
		Map<String, Status> domainOutcome = new HashMap<>();
		for (Change change : domains) {
			domainOutcome.put(change.domain(), run(change, results, serverFailure, progress, journal, audit).status());
		}
		Map<String, List<Change>> perMailbox = new LinkedHashMap<>();
		for (Change change : changes) {
			if (change.mailbox() != null) {
				perMailbox.computeIfAbsent(change.mailbox(), k -> new ArrayList<>()).add(change);
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, connector.capabilities().maxParallelRequests()));
		try {
			List<Future<?>> tasks = new ArrayList<>();
			for (List<Change> mailboxChanges : perMailbox.values()) {
				tasks.add(pool.submit(() -> runMailbox(mailboxChanges, domainOutcome, results, serverFailure, progress, journal, audit)));
			}
			for (Future<?> task : tasks) {
				try {
					awaitOrCancel(task, progress, pool);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				} catch (ExecutionException e) {
					throw new IllegalStateException(e.getCause());
				}
			}
		} finally {
			pool.shutdownNow();
		}
		boolean cancelled = progress.isCanceled();
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
		int taken = takeFromServer(takeTheirs, audit);
		updateBases(ordered);
		journal.end();
		progress.done();
		return new ApplyReport(ordered, conflictsLeft, taken, serverFailure.get(), cancelled);
	}

	/**
	 * Waits for one mailbox's changes; on Cancel interrupts the workers, so a pause between retries ends at once
	 * and no new request starts.
	 */
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

	private void runMailbox(List<Change> changes, Map<String, Status> domainOutcome, Map<Change, ChangeResult> results,
			AtomicReference<ConnectorException> serverFailure, SubMonitor progress, Journal journal, AuditLog audit) {
		Status domain = domainOutcome.get(changes.get(0).domain());
		boolean blocked = domain != null && domain != Status.DONE;
		for (Change change : changes) {
			if (blocked) {
				record(new ChangeResult(change, Status.SKIPPED, ConnectorMessages.text("result.dependsOnFailed")), results, journal,
						audit);
				continue;
			}
			ChangeResult result = run(change, results, serverFailure, progress, journal, audit);
			// A mailbox that could not be created takes its settings with it.
			blocked = result.status() != Status.DONE && change instanceof Change.CreateMailbox;
		}
	}

	private ChangeResult run(Change change, Map<Change, ChangeResult> results, AtomicReference<ConnectorException> serverFailure,
			SubMonitor progress, Journal journal, AuditLog audit) {
		ChangeResult result;
		if (progress.isCanceled()) {
			result = new ChangeResult(change, Status.NOT_ATTEMPTED, ConnectorMessages.text("result.cancelled"));
		} else if (serverFailure.get() != null) {
			result = new ChangeResult(change, Status.NOT_ATTEMPTED, serverFailure.get().text());
		} else {
			boolean logged;
			try {
				audit.intent(plan.server(), change.describe());
				logged = true;
			} catch (ClosedByInterruptException cancelledMeanwhile) {
				logged = false;
			} catch (IOException e) {
				throw new UncheckedIOException(e); // no request goes out that the log cannot show
			}
			result = logged ? attempt(change, serverFailure)
					: new ChangeResult(change, Status.NOT_ATTEMPTED, ConnectorMessages.text("result.cancelled"));
		}
		record(result, results, journal, audit);
		synchronized (progress) {
			progress.worked(1);
		}
		return result;
	}

	private ChangeResult attempt(Change change, AtomicReference<ConnectorException> serverFailure) {
		char[] password = null;
		try {
			if (change.needsPassword()) {
				password = credentials == null ? null : credentials.loadForSending(change.mailbox()).orElse(null);
				if (password == null) {
					return new ChangeResult(change, Status.FAILED, ConnectorMessages.text("result.noPassword", change.mailbox()));
				}
			}
			// The password stays in secure storage: a server that lost the account (James forgets on restart,
			// a restored backup) gets it back from the model with the password the customer was told.
			connector.apply(change, password);
			return new ChangeResult(change, Status.DONE, connector.verifies(change) ? null : ConnectorMessages.text("result.unverified"));
		} catch (ConnectorException e) {
			if (Thread.currentThread().isInterrupted()) {
				// Cancel during this change: what the server kept is unknown; the next plan shows it.
				return new ChangeResult(change, Status.FAILED, ConnectorMessages.text("result.cancelledInProgress", e.text()));
			}
			if (e.isServerWide()) {
				serverFailure.compareAndSet(null, e);
			}
			return new ChangeResult(change, Status.FAILED, e.text());
		} catch (PasswordGivenElsewhereException e) {
			return new ChangeResult(change, Status.FAILED,
					ConnectorMessages.text("result.passwordGivenElsewhere", e.address(), e.givenTo(), e.asking()));
		} catch (CredentialException e) {
			return new ChangeResult(change, Status.FAILED, ConnectorText.verbatim(e.getMessage()));
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	private void record(ChangeResult result, Map<Change, ChangeResult> results, Journal journal, AuditLog audit) {
		results.put(result.change(), result);
		String message = result.message(); // read from the messages file before the window without interrupts, kept short
		boolean cancelled = Thread.interrupted(); // Cancel interrupts workers; the record must still reach the disk
		try {
			journal.result(result);
			audit.record(plan.server(), result.change().describe(), result.status().label(), message);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			if (cancelled) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** "Take theirs": the server's value goes into the model, and becomes the base. */
	private int takeFromServer(List<PlanEntry> entries, AuditLog audit) throws IOException {
		for (PlanEntry entry : entries) {
			Mailbox mailbox = workspace.findMailbox(entry.mailbox()).orElseThrow();
			MailboxState server = plan.snapshot().mailboxes().get(Addresses.key(entry.mailbox()));
			Pull.takeField(mailbox, entry.field(), server, connector.capabilities());
			audit.record(plan.server(), "take " + entry.field().label() + " of " + entry.mailbox() + " from the server: " + entry.server(),
					"taken", null);
		}
		return entries.size();
	}

	/**
	 * The new base of each mailbox: the model's value where a change succeeded or the model already matched, the
	 * server's value where a conflict was left alone, the old base where a change failed.
	 */
	private void updateBases(List<ChangeResult> results) {
		Map<String, Set<Field>> failed = new HashMap<>();
		Set<String> created = new HashSet<>();
		for (ChangeResult result : results) {
			if (result.status() != Status.DONE && result.change().mailbox() != null) {
				failed.computeIfAbsent(result.change().mailbox(), k -> new HashSet<>()).add(result.change().field());
			} else if (result.status() == Status.DONE && result.change() instanceof Change.CreateMailbox c) {
				created.add(c.mailbox());
			}
		}
		Set<String> conflicted = new HashSet<>();
		for (PlanEntry entry : plan.conflicts()) {
			if (decisions.forMailbox(entry.mailbox()) == null) {
				conflicted.add(entry.mailbox() + "|" + entry.field());
			}
		}
		for (Mailbox mailbox : allMailboxes()) {
			String address = Addresses.key(mailbox.getAddress());
			MailboxState server = plan.snapshot().mailboxes().get(address);
			Set<Field> failedFields = failed.getOrDefault(address, Set.of());
			if (mailbox.isMarkedForRemoval() || server == null && !created.contains(address) || failedFields.contains(Field.ACCOUNT)) {
				continue;
			}
			MailboxState desired = ModelStates.desired(mailbox);
			MailboxState old = ModelStates.base(mailbox, plan.server());
			Map<Field, Object> base = new EnumMap<>(Field.class);
			for (Field field : Field.SETTINGS) {
				if (connector.capabilities().canWrite(field)) {
					base.put(field, pick(field, desired, old, failedFields, conflicted, address));
				}
			}
			ModelStates.setBase(mailbox, plan.server(), new MailboxState(address, base));
		}
	}

	/** The model's value, unless its change failed or its conflict was left alone: then the old base stays. */
	private static Object pick(Field field, MailboxState model, MailboxState old, Set<Field> failed, Set<String> conflicted,
			String address) {
		if (failed.contains(field) || conflicted.contains(address + "|" + field)) {
			// left alone: the next plan must show the conflict again, not an update over it
			return old == null ? null : old.get(field);
		}
		return model.get(field);
	}

	private String serverUrl(String name) {
		MailServer server = server(name);
		return server == null ? null : server.getUrl();
	}

	private MailServer server(String name) {
		return workspace.root().getServers().stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
	}

	private List<Mailbox> allMailboxes() {
		List<Mailbox> all = new ArrayList<>();
		workspace.root().getCustomers().forEach(c -> c.getDomains().forEach(d -> all.addAll(d.getMailboxes())));
		return all;
	}
}
