package cc.enet.mailbox.connector.apply;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.internal.ConnectorMessages;
import cc.enet.mailbox.connector.plan.ModelStates;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.connector.plan.ServerDomains;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.InitialPasswords;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.rules.MailOff;

/**
 * Applies a plan to a server: the changes go out through {@link ChangeAttempts} (domains first, then each mailbox's
 * changes in order, mailboxes in parallel by {@link MailboxWorkers}), every result to the journal and the audit log
 * ({@link ApplyRecords}); once the requests are done, the values taken from the server and the {@link NewBases} go into
 * the model as one change (see {@link ModelChanges}), so the next plan is empty.
 * UI-free: the console runs it in a Job, the CLI and the tests call it directly.
 */
public final class ApplyOperation {

	private final MailboxWorkspace workspace;
	private final Connector connector;
	private final Plan plan;
	private final Decisions decisions;
	/** This workspace's passwords, only for the server they were first sent to; null when none can be read. */
	private final InitialPasswords credentials;
	private ModelChanges modelChanges = ModelChanges.DIRECT;

	public ApplyOperation(MailboxWorkspace workspace, Connector connector, Plan plan, Decisions decisions,
			CredentialStore credentials) {
		this.workspace = workspace;
		this.connector = connector;
		this.plan = plan;
		this.decisions = decisions;
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
		String server = plan.server();
		ApplySelection selection = ApplySelection.of(plan, decisions);
		List<Change> changes = selection.changes();
		Journal journal = new Journal(workspace.folder(), server);
		AuditLog audit = new AuditLog(workspace.folder()).context(serverUrl(server),
				plan.modelFingerprint() + "/" + plan.serverFingerprint());
		String taskName = ConnectorMessages.text("apply.progress", server).in(Locale.getDefault()); // the console's -nl
		SubMonitor progress = SubMonitor.convert(monitor, taskName, changes.size() + 1);
		try (ApplyRecords records = new ApplyRecords(server, journal, audit, progress, workers())) {
			journal.start(server, changes.size());
			Map<String, List<Change>> perMailbox = selection.perMailbox();
			Map<String, MailOff> mailOff = MailOffRefusal.byDomain(workspace.root(), plan);
			try (PasswordsToSend passwords = PasswordsToSend.handOver(credentials, changes, mailOff.keySet())) {
				ChangeAttempts attempts = new ChangeAttempts(connector, passwords, records, progress, mailOff);
				attempts.createDomains(selection.domains(), perMailbox.values());
				MailboxWorkers.run(perMailbox.values(), workers(), progress, attempts::runMailbox);
				boolean cancelled = progress.isCanceled();
				List<ChangeResult> results = records.inOrder(changes, cancelled);
				List<TakenField> takes = takes(selection.takeTheirs());
				changeModel(takes, results, removed(selection, results));
				records.taken(takes);
				journal.end();
				progress.done();
				return new ApplyReport(results, selection.conflictsLeft(), takes.size(), attempts.serverFailure(), cancelled,
						selection.removalsLeft());
			}
		}
	}

	private int workers() {
		return Math.max(1, connector.capabilities().maxParallelRequests());
	}

	private List<TakenField> takes(List<PlanEntry> entries) {
		List<TakenField> takes = new ArrayList<>();
		for (PlanEntry entry : entries) {
			takes.add(new TakenField(workspace.findMailbox(entry.mailbox()).orElseThrow(), entry,
					plan.snapshot().mailboxes().get(Addresses.key(entry.mailbox()))));
		}
		return takes;
	}

	/**
	 * The model's changes of this apply, made in one go through {@link #modelChanges}: the values taken from the
	 * server, then the new base states. Both are worked out here first, so the one step changes only what differs.
	 */
	private void changeModel(List<TakenField> takes, List<ChangeResult> results, List<Mailbox> removed) {
		Map<Mailbox, MailboxState> bases = new NewBases(plan, decisions, connector.capabilities()).of(mailboxesHere(), takes, results);
		Set<Mailbox> touched = new LinkedHashSet<>(bases.keySet());
		takes.forEach(take -> touched.add(take.mailbox()));
		touched.addAll(removed);
		if (touched.isEmpty()) {
			return;
		}
		String label = ConnectorMessages.text("apply.undoLabel", plan.server()).in(Locale.getDefault());
		modelChanges.make(label, touched, () -> {
			for (TakenField take : takes) {
				Pull.takeField(take.mailbox(), take.entry().field(), take.server(), connector.capabilities());
			}
			bases.forEach((mailbox, base) -> ModelStates.setBase(mailbox, plan.server(), base));
			// gone from the server its domain moved away from: that server no longer holds a base for it
			removed.forEach(mailbox -> ModelStates.removeBase(mailbox, plan.server()));
		});
	}

	/** The mailboxes of moved domains this apply removed from the server. */
	private List<Mailbox> removed(ApplySelection selection, List<ChangeResult> results) {
		List<Mailbox> removed = new ArrayList<>();
		for (ChangeResult result : results) {
			if (result.status() == ChangeResult.Status.DONE && selection.removals().contains(result.change())) {
				workspace.findMailbox(result.change().mailbox()).ifPresent(removed::add);
			}
		}
		return removed;
	}

	private String serverUrl(String name) {
		return workspace.findServer(name).map(MailServer::getUrl).orElse(null);
	}

	/** The mailboxes whose domain lives on this server: only they get a base here (a moved domain's lose theirs). */
	private List<Mailbox> mailboxesHere() {
		ServerDomains domains = ServerDomains.of(workspace.root(), plan.server());
		List<Mailbox> here = new ArrayList<>();
		workspace.root().getCustomers().forEach(c -> c.getDomains().stream().filter(domains::isHere)
				.forEach(d -> here.addAll(d.getMailboxes())));
		return here;
	}
}
