package cc.enet.mailbox.ui.review;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.ModelChanges;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.apply.PlanRefusals;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.MailServer;

/**
 * Plan, apply and pull against one server of the workspace, UI-free, through the same {@link ServerSync} as
 * {@code ./mailbox apply}: the Review Changes view runs these in jobs.
 */
public final class ServerReview {

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
			return new ServerSync(workspace, server.getName(), connector).plan(monitor);
		}
	}

	/** The mailboxes apply would refuse (no initial password for this server), with the reason; writes nothing. */
	public Map<String, ConnectorText> refusals(Plan plan, CredentialStore credentials) {
		return PlanRefusals.of(workspace, plan, credentials);
	}

	/**
	 * Applies only when a plan made now is the one the user reviewed (same model, same server state), and saves the
	 * workspace with the new base states.
	 */
	public ApplyReport apply(Plan reviewed, Decisions decisions, CredentialStore credentials, ModelChanges changes,
			IProgressMonitor monitor) throws ConnectorException, ServerSync.Refused, IOException {
		try (Connector connector = factory.open(server, secret)) {
			return new ServerSync(workspace, server.getName(), connector).modelChanges(changes)
					.apply(ServerSync.Reviewed.of(reviewed), decisions, credentials, monitor);
		}
	}

	/** Takes the server's values into the model and saves; returns the addresses whose settings changed. */
	public List<String> pull(ModelChanges changes, IProgressMonitor monitor) throws ConnectorException, IOException {
		try (Connector connector = factory.open(server, secret)) {
			return new ServerSync(workspace, server.getName(), connector).modelChanges(changes).pull(monitor);
		}
	}
}
