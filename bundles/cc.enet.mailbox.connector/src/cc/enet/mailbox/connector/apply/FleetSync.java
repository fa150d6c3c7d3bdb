package cc.enet.mailbox.connector.apply;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanScope;
import cc.enet.mailbox.connector.session.ServerSessions;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/**
 * Plan or apply on every server of the workspace at once: each server through its own {@link ServerSync}, side by
 * side on a bounded pool, into one report with a section per server. A server that cannot be reached (or refuses)
 * fails its own section only; the others go on. The model's changes of an apply (new base states, values taken) are
 * made one server after another once every server is done, and the workspace is saved once.
 */
public final class FleetSync {

	/** How many servers are read or written at the same time unless told otherwise. */
	public static final int DEFAULT_PARALLEL = 4;

	/** Opens a server; an exception says why it cannot (unreachable, refused credentials, no connector for its kind). */
	@FunctionalInterface
	public interface Opener {
		ServerSessions.Session open(MailServer server) throws Exception;
	}

	/**
	 * One server's part of the report: its plan (plan and apply), its apply report (apply), or why it has neither:
	 * {@code failure} is a {@link cc.enet.mailbox.connector.ConnectorException} (unreachable, refused),
	 * {@link ServerSync.Refused}, {@link TeamApplyGate.NotSynchronized} or whatever opening it threw.
	 */
	public record Section(String server, Plan plan, ApplyReport report, Exception failure) {

		/** Whether this server's part did not go through whole: not reached, refused, or a change that failed. */
		public boolean failed() {
			return failure != null || report != null && !report.succeeded();
		}
	}

	private final MailboxWorkspace workspace;
	private final Opener opener;
	private int parallel = DEFAULT_PARALLEL;
	private PlanScope scope = PlanScope.changed(List.of());
	private ModelChanges modelChanges = ModelChanges.DIRECT;

	public FleetSync(MailboxWorkspace workspace, Opener opener) {
		this.workspace = workspace;
		this.opener = opener;
	}

	/** At most this many servers at once (at least one). */
	public FleetSync parallel(int servers) {
		this.parallel = Math.max(1, servers);
		return this;
	}

	/** Which mailboxes each server's plan reads (see {@link ServerSync#scope}). */
	public FleetSync scope(PlanScope newScope) {
		this.scope = newScope;
		return this;
	}

	/** Where the model's changes of an apply are made (the console: one command each, on its UI thread). */
	public FleetSync modelChanges(ModelChanges changes) {
		this.modelChanges = changes;
		return this;
	}

	/** Every server's plan, in the workspace's order of servers. */
	public List<Section> plan(IProgressMonitor monitor) {
		return run(monitor, (server, sync, progress) -> new Section(server, sync.plan(progress), null, null));
	}

	/**
	 * Applies to every server. {@code reviewed} holds, per server name, the plan staff reviewed (a server without one is
	 * applied as a plan made now shows it, as {@code ./mailbox apply} without {@code --plan} does).
	 */
	public List<Section> apply(Map<String, ServerSync.Reviewed> reviewed, Decisions decisions, CredentialStore credentials,
			IProgressMonitor monitor) throws IOException {
		DeferredChanges deferred = new DeferredChanges();
		List<Section> sections = run(monitor, (server, sync, progress) -> {
			ApplyReport report = sync.saving(false).modelChanges(deferred).apply(reviewed.get(server), decisions, credentials,
					progress);
			return new Section(server, null, report, null);
		});
		deferred.makeAll(modelChanges);
		if (sections.stream().anyMatch(s -> s.report() != null)) {
			WorkspaceStore.save(workspace);
		}
		return sections;
	}

	@FunctionalInterface
	private interface Step {
		Section run(String server, ServerSync sync, IProgressMonitor monitor) throws Exception;
	}

	private List<Section> run(IProgressMonitor monitor, Step step) {
		List<MailServer> servers = List.copyOf(workspace.root().getServers());
		SubMonitor progress = SubMonitor.convert(monitor, servers.size());
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, Math.max(1, servers.size())), runnable -> {
			Thread thread = new Thread(runnable, "mailbox-fleet");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Section>> futures = new ArrayList<>();
			for (MailServer server : servers) {
				IProgressMonitor cancelOnly = new NullProgressMonitor() {
					@Override
					public boolean isCanceled() {
						return monitor != null && monitor.isCanceled();
					}
				};
				futures.add(pool.submit(() -> one(server, step, cancelOnly)));
			}
			List<Section> sections = new ArrayList<>();
			for (int i = 0; i < futures.size(); i++) {
				sections.add(await(futures.get(i), servers.get(i).getName()));
				progress.worked(1);
			}
			return sections;
		} finally {
			pool.shutdownNow();
		}
	}

	private Section one(MailServer server, Step step, IProgressMonitor monitor) {
		try (ServerSessions.Session session = opener.open(server)) {
			return step.run(server.getName(), new ServerSync(workspace, server.getName(), session.connector()).scope(scope),
					monitor);
		} catch (Exception e) {
			return new Section(server.getName(), null, null, e);
		}
	}

	private static Section await(Future<Section> future, String server) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Section(server, null, null, e);
		} catch (ExecutionException e) {
			return new Section(server, null, null, e.getCause() instanceof Exception cause ? cause : e);
		}
	}

	/** The model's changes of each server's apply, kept until every server is done, then made in turn. */
	private static final class DeferredChanges implements ModelChanges {
		private record Pending(String label, Collection<Mailbox> mailboxes, Runnable change) {
		}

		private final List<Pending> pending = new ArrayList<>();

		@Override
		public synchronized void make(String label, Collection<Mailbox> mailboxes, Runnable change) {
			pending.add(new Pending(label, List.copyOf(mailboxes), change));
		}

		synchronized void makeAll(ModelChanges target) {
			for (Pending each : pending) {
				target.make(each.label(), each.mailboxes(), each.change());
			}
			pending.clear();
		}
	}
}
