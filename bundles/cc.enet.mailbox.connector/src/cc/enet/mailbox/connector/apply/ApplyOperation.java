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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import cc.enet.mailbox.core.credentials.PasswordHandover;
import cc.enet.mailbox.core.credentials.PasswordRefusal;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.rules.MailOff;

/**
 * Applies a plan to a server: domains first, then each mailbox's changes in order (account before its settings),
 * mailboxes in parallel up to the connector's limit. A failed change skips only what depends on it; a server-wide
 * failure (unreachable, credentials, certificate) stops the rest. Every result goes to the journal and the audit log;
 * once the requests are done, the values taken from the server and the new base states go into the model as one
 * change (see {@link ModelChanges}), so the next plan is empty.
 * UI-free: the console runs it in a Job, the CLI and the tests call it directly.
 */
public final class ApplyOperation {

	private final MailboxWorkspace workspace;
	private final Connector connector;
	private final Plan plan;
	private final Decisions decisions;
	private final InitialPasswords credentials;
	private ModelChanges modelChanges = ModelChanges.DIRECT;
	private ExecutorService recorder;
	/** The initial passwords to send, bound before the workers start; null: none could be read. */
	private PasswordHandover passwords;
	/** Mailboxes refused up front (no initial password for this server), with the reason. */
	private final Map<String, ConnectorText> refused = new HashMap<>();
	/** Domains whose mail is off: their creates and updates are held back, the other domains' go. */
	private final Map<String, MailOff> mailOff;

	public ApplyOperation(MailboxWorkspace workspace, Connector connector, Plan plan, Decisions decisions,
			CredentialStore credentials) {
		this.workspace = workspace;
		this.connector = connector;
		this.plan = plan;
		this.decisions = decisions;
		this.mailOff = MailOffRefusal.byDomain(workspace.root(), plan);
		// this workspace's passwords only, and only to the server they were first sent to
		this.credentials = InitialPasswords.of(credentials, workspace, plan.server());
		if (this.credentials != null) {
			this.credentials.takingHashes(connector.capabilities().passwordSchemes());
		}
	}

	/** Where the model's changes are made; at once unless set. */
	public ApplyOperation modelChanges(ModelChanges changes) {
		this.modelChanges = changes;
		return this;
	}

	public ApplyReport run(IProgressMonitor monitor) throws IOException {
		// one recorder per worker: records of parallel workers still share the audit log's forces
		recorder = Executors.newFixedThreadPool(workers(), task -> {
			Thread thread = new Thread(task, "apply-recorder");
			thread.setDaemon(true);
			return thread;
		});
		try {
			return apply(monitor);
		} finally {
			recorder.shutdown();
			if (passwords != null) {
				passwords.close();
			}
		}
	}

	private ApplyReport apply(IProgressMonitor monitor) throws IOException {
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

		Map<String, List<Change>> perMailbox = new LinkedHashMap<>();
		for (Change change : changes) {
			if (change.mailbox() != null) {
				perMailbox.computeIfAbsent(change.mailbox(), k -> new ArrayList<>()).add(change);
			}
		}
		handOverPasswords(changes);
		List<Change> domains = changes.stream().filter(c -> c instanceof Change.CreateDomain).toList();
		Map<String, Status> domainOutcome = new HashMap<>();
		for (Change change : domains) {
			MailOff off = mailOff.get(change.domain());
			ChangeResult result = off != null
					? refuse(new ChangeResult(change, Status.NOT_ATTEMPTED, MailOffRefusal.reason(off)), results, progress, journal, audit)
					: nothingToCreateIn(change.domain(), perMailbox)
					? refuse(new ChangeResult(change, Status.NOT_ATTEMPTED, ConnectorMessages.text("result.noMailboxToApply")),
							results, progress, journal, audit)
					: run(change, results, serverFailure, progress, journal, audit);
			domainOutcome.put(change.domain(), result.status());
		}
		ExecutorService pool = Executors.newFixedThreadPool(workers());
		Throwable localFailure = null;
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
					// only the journal or the audit log failing to write ends up here: no request goes out unlogged
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
		List<Take> takes = takes(takeTheirs);
		changeModel(takes, ordered);
		auditTaken(takes, audit);
		journal.end();
		progress.done();
		return new ApplyReport(ordered, conflictsLeft, takes.size(), serverFailure.get(), cancelled);
	}

	private int workers() {
		return Math.max(1, connector.capabilities().maxParallelRequests());
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
		MailOff off = mailOff.get(changes.get(0).domain());
		for (Change change : changes) {
			if (off != null && MailOffRefusal.refuses(change)) {
				// nothing goes out for a domain whose mail is off; its deletions still do
				refuse(new ChangeResult(change, Status.NOT_ATTEMPTED, MailOffRefusal.reason(off)), results, progress, journal, audit);
				continue;
			}
			ConnectorText refusal = change.needsPassword() ? refused.get(change.mailbox()) : null;
			if (refusal != null) {
				// said first: its reason, not its domain's, is what staff must act on
				refuse(new ChangeResult(change, Status.FAILED, refusal), results, progress, journal, audit);
				blocked = true;
				continue;
			}
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

	/**
	 * Reads the initial passwords this apply sends and binds them to the server, in one write before any worker
	 * starts; a mailbox whose password is missing or was given to another server is refused here, before its domain
	 * is created.
	 */
	private void handOverPasswords(List<Change> changes) {
		Set<String> addresses = new LinkedHashSet<>();
		// a mailbox of a domain whose mail is off is not sent, so its password is not bound to this server either
		changes.stream().filter(Change::needsPassword).filter(c -> !mailOff.containsKey(c.domain()))
				.forEach(c -> addresses.add(c.mailbox()));
		if (addresses.isEmpty()) {
			return;
		}
		if (credentials == null) {
			addresses.forEach(a -> refused.put(a, ConnectorMessages.text("result.noPassword", a)));
			return;
		}
		try {
			passwords = credentials.handOver(addresses);
			passwords.refusals().forEach((address, refusal) -> refused.put(address, reason(refusal)));
		} catch (CredentialException e) {
			addresses.forEach(a -> refused.put(a, ConnectorText.verbatim(e.getMessage())));
		}
	}

	static ConnectorText reason(PasswordRefusal refusal) {
		return switch (refusal.reason()) {
		case GIVEN_ELSEWHERE -> ConnectorMessages.text("result.passwordGivenElsewhere", refusal.address(), refusal.givenTo(),
				refusal.asking());
		case HASH_NOT_TAKEN -> ConnectorMessages.text("result.hashNotTaken", refusal.address(), refusal.scheme());
		case NONE_STORED -> ConnectorMessages.text("result.noPassword", refusal.address());
		};
	}

	/** Whether every mailbox of {@code domain} that has changes is refused: then the domain is not created either. */
	private boolean nothingToCreateIn(String domain, Map<String, List<Change>> perMailbox) {
		boolean any = false;
		for (List<Change> mailboxChanges : perMailbox.values()) {
			if (mailboxChanges.get(0).domain().equals(domain)) {
				if (!refused.containsKey(mailboxChanges.get(0).mailbox())) {
					return false;
				}
				any = true;
			}
		}
		return any;
	}

	/** A change refused before any request: recorded like an attempted one, with its reason. */
	private ChangeResult refuse(ChangeResult result, Map<Change, ChangeResult> results, SubMonitor progress, Journal journal,
			AuditLog audit) {
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
				password = passwords == null ? null : passwords.password(change.mailbox());
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
		} catch (RuntimeException e) {
			// a defect in a connector fails this change with its reason; the other workers go on, the next apply retries
			return new ChangeResult(change, Status.FAILED, ConnectorMessages.text("result.unexpected",
					e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	private void record(ChangeResult result, Map<Change, ChangeResult> results, Journal journal, AuditLog audit) {
		results.put(result.change(), result);
		String message = result.message();
		// Cancel interrupts the workers, and an interrupt closes the file a worker writes: a recorder thread,
		// never interrupted, writes the record, so that it still reaches the disk whole.
		try {
			CompletableFuture.runAsync(() -> {
				try {
					journal.result(result);
					audit.record(plan.server(), result.change().describe(), result.status().label(), message);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}, recorder).join(); // join waits through interrupts and leaves the flag for the caller
		} catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
	}

	/** One "take theirs": the server's value of one field goes into the model, and becomes the base. */
	private record Take(Mailbox mailbox, PlanEntry entry, MailboxState server) {
	}

	private List<Take> takes(List<PlanEntry> entries) {
		List<Take> takes = new ArrayList<>();
		for (PlanEntry entry : entries) {
			takes.add(new Take(workspace.findMailbox(entry.mailbox()).orElseThrow(), entry,
					plan.snapshot().mailboxes().get(Addresses.key(entry.mailbox()))));
		}
		return takes;
	}

	/**
	 * The model's changes of this apply, made in one go through {@link #modelChanges}: the values taken from the
	 * server, then the new base states. Both are worked out here first, so the one step changes only what differs.
	 */
	private void changeModel(List<Take> takes, List<ChangeResult> results) {
		Map<Mailbox, MailboxState> bases = newBases(takes, results);
		Set<Mailbox> touched = new LinkedHashSet<>(bases.keySet());
		takes.forEach(take -> touched.add(take.mailbox()));
		if (touched.isEmpty()) {
			return;
		}
		String label = ConnectorMessages.text("apply.undoLabel", plan.server()).in(Locale.getDefault());
		modelChanges.make(label, touched, () -> {
			for (Take take : takes) {
				Pull.takeField(take.mailbox(), take.entry().field(), take.server(), connector.capabilities());
			}
			bases.forEach((mailbox, base) -> ModelStates.setBase(mailbox, plan.server(), base));
		});
	}

	private void auditTaken(List<Take> takes, AuditLog audit) throws IOException {
		for (Take take : takes) {
			PlanEntry entry = take.entry();
			audit.record(plan.server(), "take " + entry.field().label() + " of " + entry.mailbox() + " from the server: " + entry.server(),
					"taken", null);
		}
	}

	/**
	 * The new base of each mailbox whose base changes: the model's value where a change succeeded or the model already
	 * matched (the server's where it is taken), the old base where a change failed or a conflict was left alone.
	 */
	private Map<Mailbox, MailboxState> newBases(List<Take> takes, List<ChangeResult> results) {
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
		Map<Mailbox, Map<Field, Object>> taken = new HashMap<>();
		for (Take take : takes) {
			Object value = take.server() == null ? null : take.server().get(take.entry().field());
			if (value != null && connector.capabilities().canRead(take.entry().field())) {
				taken.computeIfAbsent(take.mailbox(), k -> new EnumMap<>(Field.class)).put(take.entry().field(), value);
			}
		}
		Map<Mailbox, MailboxState> bases = new LinkedHashMap<>();
		for (Mailbox mailbox : allMailboxes()) {
			String address = Addresses.key(mailbox.getAddress());
			MailboxState server = plan.snapshot().mailboxes().get(address);
			Set<Field> failedFields = failed.getOrDefault(address, Set.of());
			if (plan.scope() != null && !plan.scope().contains(address)) {
				continue; // read only to follow forwarding: not compared, so its base stays
			}
			if (mailbox.isMarkedForRemoval() || server == null && !created.contains(address) || failedFields.contains(Field.ACCOUNT)) {
				continue;
			}
			MailboxState desired = ModelStates.desired(mailbox);
			Map<Field, Object> takenHere = taken.getOrDefault(mailbox, Map.of());
			MailboxState old = ModelStates.base(mailbox, plan.server());
			Map<Field, Object> base = new EnumMap<>(Field.class);
			for (Field field : Field.SETTINGS) {
				if (connector.capabilities().canWrite(field)) {
					Object model = takenHere.containsKey(field) ? takenHere.get(field) : desired.get(field);
					base.put(field, pick(field, model, old, failedFields, conflicted, address));
				}
			}
			if (changes(old, base)) {
				bases.put(mailbox, new MailboxState(address, base));
			}
		}
		return bases;
	}

	/** Whether setting {@code base} changes {@code old}: null values leave a field's old base (see ModelStates.setBase). */
	private static boolean changes(MailboxState old, Map<Field, Object> base) {
		if (old == null) {
			return true;
		}
		for (Map.Entry<Field, Object> field : base.entrySet()) {
			if (field.getValue() != null && !field.getValue().equals(old.get(field.getKey()))) {
				return true;
			}
		}
		return false;
	}

	/** The model's value, unless its change failed or its conflict was left alone: then the old base stays. */
	private static Object pick(Field field, Object model, MailboxState old, Set<Field> failed, Set<String> conflicted,
			String address) {
		if (failed.contains(field) || conflicted.contains(address + "|" + field)) {
			// left alone: the next plan must show the conflict again, not an update over it
			return old == null ? null : old.get(field);
		}
		return model;
	}

	private String serverUrl(String name) {
		return workspace.findServer(name).map(MailServer::getUrl).orElse(null);
	}

	private List<Mailbox> allMailboxes() {
		List<Mailbox> all = new ArrayList<>();
		workspace.root().getCustomers().forEach(c -> c.getDomains().forEach(d -> all.addAll(d.getMailboxes())));
		return all;
	}
}
