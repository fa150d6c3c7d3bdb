package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.session.ServerSessions;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/** mailbox pull WORKSPACE --server NAME: the server's values into the model (e.g. what customers changed in webmail). */
public final class PullCommand implements CliCommand {

	private final ConnectorRegistry connectors;
	private final CredentialStore credentials;

	public PullCommand(ConnectorRegistry connectors, CredentialStore credentials) {
		this.connectors = connectors;
		this.credentials = credentials;
	}

	@Override
	public String name() {
		return "pull";
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
	public String writes(Arguments arguments) {
		return WorkspaceArgument.written(arguments);
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, console.text());
		MailServer server = ServerAccess.find(workspace, arguments.option("server"), console.text());
		try (ServerSessions.Session session = ServerAccess.open(server, connectors, credentials, arguments.flag("ask-secret"), console)) {
			Connector connector = session.connector();
			List<String> changed = new ServerSync(workspace, server.getName(), connector).pull(null);
			for (String address : changed) {
				console.out().println("  " + address);
			}
			console.out().println(console.text().get("pull.report", changed.size(), server.getName()));
			return 0;
		} catch (ConnectorException e) {
			console.err().println(ServerAccess.describe(e, console.text()));
			return ServerAccess.SERVER_UNAVAILABLE;
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
	}
}
