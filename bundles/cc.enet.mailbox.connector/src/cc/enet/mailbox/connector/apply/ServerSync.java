package cc.enet.mailbox.connector.apply;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanScope;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.connector.plan.ScopedRead;
import cc.enet.mailbox.connector.plan.ServerDomains;
import cc.enet.mailbox.connector.plan.ServerLoops;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Validation;

/**
 * The one path from a plan to saved base states, taken by {@code ./mailbox apply} and {@code pull} (and so by the Gogo
 * shell) and by the console's Review Changes alike: refuse while the workspace breaks an error rule, plan again, refuse when that
 * plan is not the one reviewed, or when it would close a loop through the server's own forwarding; apply (every request
 * with its intent and result in the audit log; a domain whose mail is off gets its creates and updates refused, each
 * with the reason, while the other domains go), save the workspace with the new base states.
 */
public final class ServerSync {

	/**
	 * What a reviewed plan was made of: apply reads the same mailboxes again ({@code scope}; null: every one) and goes
	 * ahead only on the same server, model and server state.
	 */
	public record Reviewed(String server, String modelFingerprint, String serverFingerprint, Set<String> scope) {
		public Reviewed {
			scope = scope == null ? null : Set.copyOf(scope);
		}

		/** A reviewed full refresh (and a plan saved before plans had a scope). */
		public Reviewed(String server, String modelFingerprint, String serverFingerprint) {
			this(server, modelFingerprint, serverFingerprint, null);
		}

		public static Reviewed of(Plan plan) {
			return new Reviewed(plan.server(), plan.modelFingerprint(), plan.serverFingerprint(), plan.scope());
		}

		PlanScope planScope() {
			return scope == null ? PlanScope.everything() : PlanScope.exactly(scope);
		}
	}

	/** Nothing was written: why. */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		public enum Reason {
			/** The workspace breaks error rules; {@link #errors()} says how many. */
			RULE_ERRORS,
			/** The reviewed plan was made for another server. */
			OTHER_SERVER,
			MODEL_CHANGED,
			SERVER_CHANGED,
			/** Applying would close a forwarding loop through forwarding only the server holds; see {@link #loops()}. */
			SERVER_LOOPS
		}

		private final Reason reason;
		private final long errors;
		private final transient List<Finding> loops;

		Refused(Reason reason, long errors, List<Finding> loops) {
			super(reason.name());
			this.reason = reason;
			this.errors = errors;
			this.loops = loops;
		}

		public Reason reason() {
			return reason;
		}

		public long errors() {
			return errors;
		}

		public List<Finding> loops() {
			return loops;
		}
	}

	private final MailboxWorkspace workspace;
	private final String server;
	private final Connector connector;
	private ModelChanges modelChanges = ModelChanges.DIRECT;
	private PlanScope scope = PlanScope.changed(Set.of());
	private boolean saving = true;

	public ServerSync(MailboxWorkspace workspace, String server, Connector connector) {
		this.workspace = workspace;
		this.server = server;
		this.connector = connector;
	}

	/** Where apply and pull make their changes to the model (the console: one command on its UI thread). */
	public ServerSync modelChanges(ModelChanges changes) {
		this.modelChanges = changes;
		return this;
	}

	/**
	 * Whether {@link #apply} saves the workspace when it is done (by default); a fleet apply saves once, after every
	 * server, and makes the model's changes of all of them one after another.
	 */
	public ServerSync saving(boolean save) {
		this.saving = save;
		return this;
	}

	/**
	 * Which mailboxes {@link #plan} reads, and {@link #apply} without a reviewed plan: by default those staff changed
	 * since the last apply ({@link PlanScope#changed}); {@link PlanScope#everything()} for a full refresh.
	 */
	public ServerSync scope(PlanScope newScope) {
		this.scope = newScope;
		return this;
	}

	/** What applying would do now: the mailboxes of the scope read, compared with the model and the base states. */
	public Plan plan(IProgressMonitor monitor) throws ConnectorException {
		return plan(scope, monitor);
	}

	private Plan plan(PlanScope planScope, IProgressMonitor monitor) throws ConnectorException {
		Planner planner = new Planner(server, connector.capabilities());
		Set<String> addresses = planScope.resolve(workspace.root(), planner);
		Set<String> domains = Planner.domainsOf(workspace.root(), server);
		if (addresses == null) {
			return planner.plan(workspace.root(), connector.read(domains, monitor));
		}
		return planner.plan(workspace.root(), ScopedRead.read(connector, workspace.root(), domains, addresses, monitor), addresses);
	}

	/**
	 * @param reviewed the plan the user saw (null: apply what a plan made now shows, as {@code ./mailbox apply}
	 *            without {@code --plan} does)
	 */
	public ApplyReport apply(Reviewed reviewed, Decisions decisions, CredentialStore credentials, IProgressMonitor monitor)
			throws ConnectorException, Refused, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 11);
		long errors = Validation.Summary.of(new Validation().findings(workspace.root())).errors();
		if (errors > 0) {
			throw new Refused(Refused.Reason.RULE_ERRORS, errors, List.of());
		}
		// a team workspace is applied only when synchronized: two staff never apply different truths
		TeamApplyGate.check(workspace, server, credentials, progress.split(1));
		// the mailboxes about to change are read again, so a stale look never overwrites a customer's change
		Plan plan = plan(reviewed == null ? scope : reviewed.planScope(), progress.split(2));
		if (reviewed != null) {
			Refused.Reason stale = !plan.server().equals(reviewed.server()) ? Refused.Reason.OTHER_SERVER
					: !plan.modelFingerprint().equals(reviewed.modelFingerprint()) ? Refused.Reason.MODEL_CHANGED
					: !plan.serverFingerprint().equals(reviewed.serverFingerprint()) ? Refused.Reason.SERVER_CHANGED
					: null;
			if (stale != null) {
				throw new Refused(stale, 0, List.of());
			}
		}
		List<Finding> loops = ServerLoops.of(workspace.root(), plan);
		if (!loops.isEmpty()) {
			throw new Refused(Refused.Reason.SERVER_LOOPS, 0, loops);
		}
		// a domain whose mail is off has its creates and updates refused in the report (MailOffRefusal); the others go
		ApplyReport report = new ApplyOperation(workspace, connector, plan, decisions, credentials).modelChanges(modelChanges)
				.run(progress.split(7));
		if (saving) {
			WorkspaceStore.save(workspace);
		}
		progress.worked(1);
		return report;
	}

	/**
	 * Takes the server's values into the model (what customers changed in webmail, say), saves the workspace and
	 * audits the pull and each mailbox taken. Returns the addresses whose settings changed.
	 */
	public List<String> pull(IProgressMonitor monitor) throws ConnectorException, IOException {
		String url = workspace.findServer(server).map(MailServer::getUrl).orElse(null);
		AuditLog audit = new AuditLog(workspace.folder()).context(url, null);
		audit.intent(server, "pull");
		List<String> changed;
		try {
			// only the domains that live here: a domain moved away is not taken back from its old server
			changed = Pull.run(workspace.root(), server, connector.read(ServerDomains.of(workspace.root(), server).here(), monitor),
					connector.capabilities(), modelChanges);
		} catch (ConnectorException e) {
			audit.record(server, "pull", "failed", e.getMessage());
			throw e;
		}
		WorkspaceStore.save(workspace);
		audit.record(server, "pull", "done", changed.size() + " mailboxes taken");
		for (String address : changed) {
			audit.record(server, "pull " + address, "taken", null);
		}
		return changed;
	}
}
