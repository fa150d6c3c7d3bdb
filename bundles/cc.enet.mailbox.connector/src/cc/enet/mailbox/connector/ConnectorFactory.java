package cc.enet.mailbox.connector;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cc.enet.mailbox.MailServer;

/**
 * Registered as an OSGi service (Declarative Services) per server kind, e.g. "james". A kind declares the settings
 * a server of it takes ({@code ./mailbox server add ... --set KEY=VALUE}, kept in {@link MailServer#getSettings()})
 * and the secrets it needs besides the default one ({@code ./mailbox server secret ... --key KEY}).
 */
public interface ConnectorFactory {

	/** The {@link MailServer#getKind()} this factory serves. */
	String kind();

	/** The keys of the settings a server of this kind takes; any other key is refused when the server is added. */
	default List<String> settings() {
		return List.of();
	}

	/**
	 * Whether a server of this kind, as configured, takes a secret at all: one that does not (the embedded demo
	 * James) is opened without asking anybody for one.
	 */
	default boolean takesSecret(MailServer server) {
		return true;
	}

	/** The names of the secrets besides {@link Secrets#DEFAULT}, upper-case (they become environment names). */
	default List<String> secretKeys() {
		return List.of();
	}

	/**
	 * Opens a session; does not contact the server yet.
	 *
	 * @param secret the server's credential (a token or password), or null when it takes none
	 */
	Connector open(MailServer server, char[] secret) throws ConnectorException;

	/** Opens a session with the default and the named secrets; a kind without named secrets takes the default. */
	default Connector open(MailServer server, Secrets secrets) throws ConnectorException {
		char[] secret = secrets.get(Secrets.DEFAULT);
		try {
			return open(server, secret);
		} finally {
			if (secret != null) {
				Arrays.fill(secret, '\0');
			}
		}
	}

	/** A server's settings as a map (the last value of a key wins). */
	static Map<String, String> settingsOf(MailServer server) {
		Map<String, String> settings = new LinkedHashMap<>();
		for (String entry : server.getSettings()) {
			int eq = entry.indexOf('=');
			if (eq > 0) {
				settings.put(entry.substring(0, eq), entry.substring(eq + 1));
			}
		}
		return settings;
	}
}
