package cc.enet.mailbox.core.credentials;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A server's secret, bound to the server it was given for: its origin (scheme, host, port) and pinned certificate.
 * A workspace whose URL or pin for that server name differs (edited, or a workspace someone sent) does not get the
 * secret: the caller asks again and says why. The binding is kept beside the secret in the same store.
 */
public final class ServerSecrets {

	private ServerSecrets() {
	}

	/** What a look-up found: the secret, or nothing, or a secret given for another origin or pin (not returned). */
	public record Lookup(char[] secret, String storedFor, String wanted) {
		public boolean rebound() {
			return secret == null && storedFor != null;
		}
	}

	/**
	 * The name a server's named secret (e.g. DOVEADM) is kept under: store and load it with this in place of the
	 * server name; it is bound to the same origin and pin.
	 */
	public static String named(String serverName, String key) {
		return serverName + "#" + key.toUpperCase(Locale.ROOT);
	}

	public static String key(String serverName) {
		return "server:" + serverName;
	}

	private static String bindingKey(String serverName) {
		return "server-binding:" + serverName;
	}

	public static void store(CredentialStore store, String serverName, String url, String pin, char[] secret)
			throws CredentialException {
		store.store(key(serverName), secret);
		store.store(bindingKey(serverName), binding(url, pin).toCharArray());
	}

	public static Lookup load(CredentialStore store, String serverName, String url, String pin) throws CredentialException {
		Optional<char[]> secret = store.load(key(serverName));
		if (secret.isEmpty()) {
			return new Lookup(null, null, binding(url, pin));
		}
		String wanted = binding(url, pin);
		String storedFor = store.load(bindingKey(serverName)).map(String::new).orElse("?");
		if (!storedFor.equals(wanted)) {
			Arrays.fill(secret.get(), '\0');
			return new Lookup(null, storedFor, wanted);
		}
		return new Lookup(secret.get(), storedFor, wanted);
	}

	/** "https://host:port pin HEX" (or "pin none"), as compared. */
	public static String binding(String url, String pin) {
		return origin(url) + " pin " + (pin == null || pin.isBlank() ? "none" : pin.replace(":", "").toLowerCase(Locale.ROOT));
	}

	/**
	 * scheme://host:port with the default port made explicit; the URL itself when it cannot be parsed. A JDBC URL
	 * ("jdbc:postgresql://host:port/db") is opaque to {@link URI}: its inner URL names the origin, else every database
	 * would share one.
	 */
	public static String origin(String url) {
		try {
			String text = url.strip();
			if (text.regionMatches(true, 0, "jdbc:", 0, 5)) {
				text = text.substring(5);
			}
			URI uri = URI.create(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
			return scheme + "://" + host + ":" + port;
		} catch (IllegalArgumentException | NullPointerException e) {
			return String.valueOf(url);
		}
	}

	/**
	 * Whether a request to {@code url} would cross a network in clear: plain {@code http://} to anything but this
	 * machine (localhost, 127.0.0.0/8, ::1).
	 */
	public static boolean insecure(String url) {
		try {
			URI uri = URI.create(url.strip());
			if (!"http".equalsIgnoreCase(uri.getScheme())) {
				return false;
			}
			String host = uri.getHost();
			if (host == null) {
				return true;
			}
			if (host.equalsIgnoreCase("localhost")) {
				return false;
			}
			String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
			if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
				return true; // a name: no look-up here, it could point anywhere
			}
			return !InetAddress.getByName(literal).isLoopbackAddress();
		} catch (IllegalArgumentException | UnknownHostException e) {
			return true;
		}
	}
}
