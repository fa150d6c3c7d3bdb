package cc.enet.mailbox.connector.ui.review;

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
import cc.enet.mailbox.connector.plan.PlanScope;
import cc.enet.mailbox.connector.session.SecretRefusedException;
import cc.enet.mailbox.connector.session.SecretSource;
import cc.enet.mailbox.connector.session.ServerSessions;
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
	private final SecretSource secrets;
	private volatile List<String> missingSecrets = List.of();

	/** @param secrets where the default and the named secrets come from (see {@link ServerSessions}) */
	public ServerReview(MailboxWorkspace workspace, MailServer server, ConnectorFactory factory, SecretSource secrets) {
		this.workspace = workspace;
		this.server = server;
		this.factory = factory;
		this.secrets = secrets;
	}

	/** The same way as ./mailbox opens a server: every named secret from secure storage, not the default one alone. */
	private Connector open() throws ConnectorException {
		return session().connector();
	}

	/** An open session with the server (a fleet plan opens each server's this way); the caller closes it. */
	public ServerSessions.Session session() throws ConnectorException {
		try {
			ServerSessions.Session session = ServerSessions.open(server, factory, secrets, true); // http checked by the view
			missingSecrets = session.missingSecrets();
			return session;
		} catch (SecretRefusedException e) {
			throw new ConnectorException(ConnectorException.Kind.UNAUTHORIZED, e.getMessage());
		} catch (ServerSessions.InsecureHttpException e) {
			throw new ConnectorException(ConnectorException.Kind.REFUSED, e.getMessage());
		}
	}

	/** The named secrets the last opening lacked: what needs them is missing from the plan, not unsupported. */
	public List<String> missingSecrets() {
		return missingSecrets;
	}

	/** What staff changed since the last apply ({@link PlanScope#changed}), or every mailbox. */
	public Plan plan(PlanScope scope, IProgressMonitor monitor) throws ConnectorException {
		try (Connector connector = open()) {
			return new ServerSync(workspace, server.getName(), connector).scope(scope).plan(monitor);
		}
	}

	/** The mailboxes apply would refuse (no initial password for this server), with the reason; writes nothing. */
	public Map<String, ConnectorText> refusals(Plan plan, CredentialStore credentials) {
		return PlanRefusals.of(workspace, plan, credentials);
	}

	/** The domains whose mail is off, with the reason: apply refuses their creates and updates, applies the rest. */
	public Map<String, ConnectorText> mailOff(Plan plan) {
		return PlanRefusals.mailOff(workspace, plan);
	}

	/**
	 * Applies only when a plan made now is the one the user reviewed (same model, same server state), and saves the
	 * workspace with the new base states.
	 */
	public ApplyReport apply(Plan reviewed, Decisions decisions, CredentialStore credentials, ModelChanges changes,
			IProgressMonitor monitor) throws ConnectorException, ServerSync.Refused, IOException {
		try (Connector connector = open()) {
			return new ServerSync(workspace, server.getName(), connector).modelChanges(changes)
					.apply(ServerSync.Reviewed.of(reviewed), decisions, credentials, monitor);
		}
	}

	/** Takes the server's values into the model and saves; returns the addresses whose settings changed. */
	public List<String> pull(ModelChanges changes, IProgressMonitor monitor) throws ConnectorException, IOException {
		try (Connector connector = open()) {
			return new ServerSync(workspace, server.getName(), connector).modelChanges(changes).pull(monitor);
		}
	}
}
