package cc.enet.mailbox.ui.review;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.apply.ApplyOperation;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.MailServer;

/**
 * Plan and apply against one server of the workspace, UI-free: the Review Changes view runs these in jobs, the
 * same way the CLI's plan and apply commands do.
 */
public final class ServerReview {

	/** The model or the server changed between the plan shown and the apply. */
	public static final class StalePlanException extends Exception {
		private static final long serialVersionUID = 1L;
	}

	private final MailboxWorkspace workspace;
	private final MailServer server;
	private final ConnectorFactory factory;
	private final char[] secret;

	public ServerReview(MailboxWorkspace workspace, MailServer server, ConnectorFactory factory, char[] secret) {
		this.workspace = workspace;
		this.server = server;
		this.factory = factory;
		this.secret = secret;
	}

	public Plan plan(IProgressMonitor monitor) throws ConnectorException {
		try (Connector connector = factory.open(server, secret)) {
			return plan(connector, monitor);
		}
	}

	private Plan plan(Connector connector, IProgressMonitor monitor) throws ConnectorException {
		return new Planner(server.getName(), connector.capabilities())
				.plan(workspace.root(), connector.read(Planner.domainsOf(workspace.root()), monitor));
	}

	/**
	 * Plans again and applies only when that plan is the one the user reviewed (same model, same server state), then
	 * saves the workspace (the new base states).
	 */
	public ApplyReport apply(Plan reviewed, Decisions decisions, CredentialStore credentials, IProgressMonitor monitor)
			throws ConnectorException, StalePlanException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try (Connector connector = factory.open(server, secret)) {
			Plan plan = plan(connector, progress.split(2));
			if (!plan.modelFingerprint().equals(reviewed.modelFingerprint())
					|| !plan.serverFingerprint().equals(reviewed.serverFingerprint())) {
				throw new StalePlanException();
			}
			ApplyReport report = new ApplyOperation(workspace, connector, plan, decisions, credentials).run(progress.split(7));
			WorkspaceStore.save(workspace);
			progress.worked(1);
			return report;
		}
	}
}
