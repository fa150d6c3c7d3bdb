package cc.enet.mailbox.connector.apply;

import java.io.IOException;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.team.TeamException;
import cc.enet.mailbox.team.TeamGate;

/**
 * Before an apply plans: a team workspace is applied only when it is synchronized (everything saved is pushed,
 * nothing newer on the remote), so two staff never apply different truths to one server; the audit log then names
 * the commit being applied. A workspace that is not shared passes unchanged. Called from {@link ServerSync#apply}.
 */
public final class TeamApplyGate {

	private TeamApplyGate() {
	}

	public static void check(MailboxWorkspace workspace, String server, CredentialStore credentials, IProgressMonitor monitor)
			throws NotSynchronized, IOException {
		String commit;
		// one check at a time: the applies of a fleet run side by side over the same clone
		synchronized (TeamApplyGate.class) {
			try {
				commit = TeamGate.requireSynchronized(workspace.folder(), credentials, monitor);
			} catch (TeamException e) {
				throw new NotSynchronized(e);
			}
		}
		if (commit != null) {
			String url = workspace.findServer(server).map(MailServer::getUrl).orElse(null);
			new AuditLog(workspace.folder()).context(url, null).record(server, "apply of team commit " + commit, "synchronized",
					null);
		}
	}

	/** The apply was refused: the team workspace is not synchronized, or its remote could not tell. */
	public static final class NotSynchronized extends IOException {

		private static final long serialVersionUID = 1L;

		private final transient TeamException reason;

		NotSynchronized(TeamException reason) {
			super(reason.getMessage(), reason);
			this.reason = reason;
		}

		public String getMessage(Locale locale) {
			return reason.getMessage(locale);
		}

		public TeamException.Kind kind() {
			return reason.kind();
		}
	}
}
