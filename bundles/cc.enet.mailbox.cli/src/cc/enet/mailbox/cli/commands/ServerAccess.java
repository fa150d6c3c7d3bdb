package cc.enet.mailbox.cli.commands;

import java.io.Console;
import java.util.Locale;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.cli.internal.CliText;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.connector.session.SecretRefusedException;
import cc.enet.mailbox.connector.session.SecretSource;
import cc.enet.mailbox.connector.session.ServerSessions.Session;
import cc.enet.mailbox.connector.session.ServerSessions;
import cc.enet.mailbox.connector.session.StoredSecrets;
import cc.enet.mailbox.core.credentials.CredentialStore;
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

	/**
	 * Opens {@code server} through {@link ServerSessions}: each secret from the environment, else (the default one,
	 * with --ask-secret) a prompt, else secure storage. A named secret nobody has is said on stderr.
	 */
	static Session open(MailServer server, ConnectorRegistry connectors, CredentialStore credentials, boolean ask,
			cc.enet.mailbox.cli.internal.Console console) throws UsageException, ConnectorException {
		CliText text = console.text();
		ConnectorFactory factory = connectors.forKind(server.getKind())
				.orElseThrow(() -> new UsageException(text.get("server.noConnector", server.getName(), server.getKind())));
		SecretSource environment = (s, key) -> {
			String value = System.getenv(key == null ? environmentVariable(s.getName()) : environmentVariable(s.getName(), key));
			return value == null || value.isEmpty() ? null : value.toCharArray();
		};
		SecretSource prompt = (s, key) -> {
			if (key != null || !ask) {
				return null;
			}
			try {
				return prompt(s.getName(), text);
			} catch (UsageException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		};
		Session session;
		try {
			session = ServerSessions.open(server, factory,
					SecretSource.firstOf(environment, prompt, new StoredSecrets(credentials)), console.allowInsecureHttp());
		} catch (ServerSessions.InsecureHttpException e) {
			throw new UsageException(text.get("server.insecureHttp", server.getName(), server.getUrl()));
		} catch (SecretRefusedException e) {
			// Never send a secret to a server it was not given for: a changed URL or pin may be someone else's.
			throw new UsageException(text.get("server.secretRebound", e.storedAs(), e.storedFor(), e.wanted()));
		} catch (IllegalStateException e) {
			throw new UsageException(e.getMessage());
		}
		for (String key : session.missingSecrets()) {
			console.err().println(text.get("server.missingSecret", server.getName(), key,
					environmentVariable(server.getName(), key)));
		}
		return session;
	}

	private static char[] prompt(String server, CliText text) throws UsageException {
		Console console = System.console();
		if (console == null) {
			throw new UsageException(text.get("server.noTerminal"));
		}
		return console.readPassword(text.get("server.prompt", server));
	}
}
