package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.util.Set;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.cli.ConnectorRegistry;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.session.ServerSessions;
import cc.enet.mailbox.connector.apply.AuditLog;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * mailbox expunge WORKSPACE --server NAME: removes, on a server that can, the mail older than each mailbox's
 * retention ("leave a copy on the server, delete after N days"); run it daily (cron). Every removal is in the audit log.
 */
public final class ExpungeCommand implements CliCommand {

	private final ConnectorRegistry connectors;
	private final CredentialStore credentials;

	public ExpungeCommand(ConnectorRegistry connectors, CredentialStore credentials) {
		this.connectors = connectors;
		this.credentials = credentials;
	}

	@Override
	public String name() {
		return "expunge";
	}

	@Override
	public Set<String> options() {
		return Set.of("server");
	}

	@Override
	public Set<String> flags() {
		return Set.of("ask-secret");
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		MailboxWorkspace workspace = WorkspaceArgument.open(
				WorkspaceArgument.single(arguments.positional(), "WORKSPACE", console.text()), console.text());
		MailServer server = ServerAccess.find(workspace, arguments.option("server"), console.text());
		AuditLog audit = new AuditLog(workspace.folder()).context(server.getUrl(), null);
		try (ServerSessions.Session session = ServerAccess.open(server, connectors, credentials, arguments.flag("ask-secret"), console)) {
			Connector connector = session.connector();
			if (!connector.canExpunge()) {
				console.err().println(console.text().get("expunge.unsupported", server.getName()));
				return 1;
			}
			int done = 0;
			int failed = 0;
			for (Mailbox mailbox : workspace.root().getCustomers().stream().flatMap(c -> c.getDomains().stream())
					.flatMap(d -> d.getMailboxes().stream()).toList()) {
				if (mailbox.isMarkedForRemoval() || mailbox.getRetention() != Retention.LEAVE_DAYS || mailbox.getRetentionDays() <= 0) {
					continue;
				}
				String change = "expunge mail of " + mailbox.getAddress() + " older than " + mailbox.getRetentionDays() + " days";
				audit.intent(server.getName(), change);
				try {
					connector.expunge(mailbox.getAddress(), mailbox.getRetentionDays());
					audit.record(server.getName(), change, "done", null);
					console.out().println(console.text().get("expunge.mailbox", mailbox.getAddress(), mailbox.getRetentionDays()));
					done++;
				} catch (ConnectorException e) {
					audit.record(server.getName(), change, "failed", e.getMessage());
					if (e.isServerWide()) {
						throw e;
					}
					console.err().println(console.text().get("expunge.failed", mailbox.getAddress(), e.getMessage(console.text().locale())));
					failed++;
				}
			}
			console.out().println(console.text().get("expunge.report", done, failed, server.getName()));
			return failed == 0 ? 0 : 1;
		} catch (ConnectorException e) {
			console.err().println(ServerAccess.describe(e, console.text()));
			return ServerAccess.SERVER_UNAVAILABLE;
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
	}
}
