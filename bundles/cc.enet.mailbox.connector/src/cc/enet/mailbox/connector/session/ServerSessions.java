package cc.enet.mailbox.connector.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.Secrets;
import cc.enet.mailbox.core.credentials.ServerSecrets;

/**
 * The one way a workspace server becomes an open connector, for the command line, the Gogo shell, Review Changes and
 * Mail Servers alike: plain http refused unless allowed (loopback always is), the default secret (unless the kind
 * takes none) and every named secret its kind declares, each from {@link SecretSource} and each bound to the
 * server's origin and pin; a named secret that no source has is named as missing, never taken for something the
 * server does not support.
 */
public final class ServerSessions {

	/** An open connector and the named secrets it lacks (what needs them cannot be planned or applied). */
	public record Session(Connector connector, List<String> missingSecrets) implements AutoCloseable {
		public Session {
			missingSecrets = List.copyOf(missingSecrets);
		}

		@Override
		public void close() {
			connector.close();
		}
	}

	/** Plain http to another machine, refused unless the user allowed it for this run. */
	public static final class InsecureHttpException extends Exception {
		private static final long serialVersionUID = 1L;

		InsecureHttpException(MailServer server) {
			super("server " + server.getName() + " is at plain http " + server.getUrl());
		}
	}

	private ServerSessions() {
	}

	public static Session open(MailServer server, ConnectorFactory factory, SecretSource source, boolean allowInsecureHttp)
			throws ConnectorException, SecretRefusedException, InsecureHttpException {
		if (ServerSecrets.insecure(server.getUrl()) && !allowInsecureHttp) {
			throw new InsecureHttpException(server);
		}
		Secrets secrets = Secrets.none();
		List<String> missing = new ArrayList<>();
		try {
			if (factory.takesSecret(server)) {
				char[] main = source.secret(server, null);
				if (main != null) {
					secrets = Secrets.parse(main); // "DEFAULT=a KEY=b", as releng/mailstack prints them, or one secret
					Arrays.fill(main, '\0');
				}
				for (String key : factory.secretKeys()) {
					char[] named = source.secret(server, key);
					if (named != null) {
						secrets.put(key, named); // a named secret of its own wins over one in the one-string form
						Arrays.fill(named, '\0');
					} else if (!secrets.has(key)) {
						missing.add(key);
					}
				}
			}
			return new Session(factory.open(server, secrets), missing);
		} finally {
			secrets.clear();
		}
	}
}
