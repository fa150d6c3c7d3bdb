package cc.enet.mailbox.cli.commands;

import java.io.Console;
import java.util.Arrays;
import java.util.Locale;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.cli.ConnectorRegistry;
import cc.enet.mailbox.cli.internal.CliText;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.Secrets;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.ServerSecrets;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * Finds a server of the workspace, its secrets and its connector. Each secret comes from the environment
 * (MAILBOX_SERVER_SECRET_&lt;NAME&gt; for the default one, MAILBOX_SERVER_SECRET_&lt;NAME&gt;_&lt;KEY&gt; for a named one
 * its kind declares), else secure storage, else (the default one) a prompt when asked for: never from a file.
 */
final class ServerAccess {

	/** Exit code when the server cannot be reached or refuses the credentials. */
	static final int SERVER_UNAVAILABLE = 3;

	private ServerAccess() {
	}

	/** A server failure in the user's language; the server's own words (English, technical) follow. */
	static String describe(ConnectorException e, CliText text) {
		return text.get("server.failed." + e.kind().name(), e.getMessage(text.locale()));
	}

	static MailServer find(MailboxWorkspace workspace, String name, CliText text) throws UsageException {
		if (name == null) {
			throw new UsageException(text.get("usage.missingOption", "--server NAME"));
		}
		return workspace.findServer(name)
				.orElseThrow(() -> new UsageException(text.get("server.unknown", name,
						String.join(", ", workspace.root().getServers().stream().map(MailServer::getName).toList()))));
	}

	static String environmentVariable(String server) {
		return "MAILBOX_SERVER_SECRET_" + server.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
	}

	static String environmentVariable(String server, String key) {
		return environmentVariable(server) + "_" + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
	}

	static Connector open(MailServer server, ConnectorRegistry connectors, CredentialStore credentials, boolean ask,
			cc.enet.mailbox.cli.internal.Console console) throws UsageException, ConnectorException {
		CliText text = console.text();
		if (ServerSecrets.insecure(server.getUrl()) && !console.allowInsecureHttp()) {
			throw new UsageException(text.get("server.insecureHttp", server.getName(), server.getUrl()));
		}
		ConnectorFactory factory = connectors.forKind(server.getKind())
				.orElseThrow(() -> new UsageException(text.get("server.noConnector", server.getName(), server.getKind())));
		char[] main = secret(server, server.getName(), environmentVariable(server.getName()), credentials, ask, text);
		Secrets secrets = Secrets.parse(main);
		if (main != null) {
			Arrays.fill(main, '\0');
		}
		try {
			for (String key : factory.secretKeys()) {
				char[] named = secret(server, ServerSecrets.named(server.getName(), key), environmentVariable(server.getName(), key),
						credentials, false, text);
				if (named != null) {
					secrets.put(key, named); // a named secret of its own wins over one in the one-string form
					Arrays.fill(named, '\0');
				}
			}
			return factory.open(server, secrets);
		} finally {
			secrets.clear();
		}
	}

	private static char[] secret(MailServer server, String storedAs, String variable, CredentialStore credentials, boolean ask,
			CliText text) throws UsageException {
		String fromEnvironment = System.getenv(variable);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment.toCharArray();
		}
		if (ask) {
			return prompt(server.getName(), text);
		}
		ServerSecrets.Lookup lookup;
		try {
			lookup = ServerSecrets.load(credentials, storedAs, server.getUrl(), server.getPinnedCertificateSha256());
		} catch (CredentialException e) {
			return null; // no store: the server may need no secret; a refusal says so with exit code 3
		}
		if (lookup.rebound()) {
			// Never send a secret to a server it was not given for: a changed URL or pin may be someone else's.
			throw new UsageException(text.get("server.secretRebound", storedAs, lookup.storedFor(), lookup.wanted()));
		}
		return lookup.secret();
	}

	private static char[] prompt(String server, CliText text) throws UsageException {
		Console console = System.console();
		if (console == null) {
			throw new UsageException(text.get("server.noTerminal"));
		}
		return console.readPassword(text.get("server.prompt", server));
	}
}
