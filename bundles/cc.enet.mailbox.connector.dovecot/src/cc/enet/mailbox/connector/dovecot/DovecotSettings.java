package cc.enet.mailbox.connector.dovecot;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorException.Kind;

/**
 * Where a Postfix + Dovecot + PostgreSQL server is and how to log in: the JDBC URL (database role in {@code user}),
 * the ManageSieve endpoint and the Dovecot master user. The same keys as releng/mailstack's SERVER_ADD_ARGS:
 * {@code user}, {@code managesieve} (host:port), {@code managesieve-user}, {@code doveadm}. Until the server model carries settings and
 * named secrets, they ride in the URL's query and the secret may be {@code DEFAULT=dbpassword MANAGESIEVE=masterpassword}.
 */
record DovecotSettings(String jdbcUrl, String dbUser, char[] dbPassword, String manageSieveHost, int manageSievePort,
		String masterUser, char[] masterPassword, String doveadmUrl, char[] doveadmKey, String pinSha256) {

	static final String USER = "user";
	static final String MANAGESIEVE = "managesieve";
	static final String MANAGESIEVE_USER = "managesieve-user";
	/** The doveadm HTTP API (quota usage; its key is the secret DOVEADM). */
	static final String DOVEADM = "doveadm";

	/** Whether quota usage can be read (doveadm HTTP API). */
	boolean hasDoveadm() {
		return doveadmUrl != null && doveadmKey != null;
	}

	/** Whether Sieve scripts (allow/deny lists) can be read and written. */
	boolean hasManageSieve() {
		return manageSieveHost != null && masterUser != null && masterPassword != null;
	}

	static DovecotSettings of(String serverName, String url, String pinSha256, char[] secret) throws ConnectorException {
		if (url == null || !url.startsWith("jdbc:postgresql://")) {
			throw new ConnectorException(Kind.UNREACHABLE, "server " + serverName
					+ ": the URL must be a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE), not " + url);
		}
		int query = url.indexOf('?');
		Map<String, String> settings = new LinkedHashMap<>();
		StringBuilder driverQuery = new StringBuilder();
		if (query >= 0) {
			for (String pair : url.substring(query + 1).split("&")) {
				int eq = pair.indexOf('=');
				String key = eq < 0 ? pair : pair.substring(0, eq);
				String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				if (key.equals(MANAGESIEVE) || key.equals(MANAGESIEVE_USER) || key.equals(USER) || key.equals(DOVEADM)) {
					settings.put(key, value);
				} else if (!key.isEmpty()) {
					driverQuery.append(driverQuery.isEmpty() ? "?" : "&").append(pair);
				}
			}
		}
		String jdbc = (query < 0 ? url : url.substring(0, query)) + driverQuery;
		Map<String, char[]> secrets = secrets(secret);
		String host = null;
		int port = 0;
		String endpoint = settings.get(MANAGESIEVE);
		if (endpoint != null) {
			int colon = endpoint.lastIndexOf(':');
			try {
				host = endpoint.substring(0, colon);
				port = Integer.parseInt(endpoint.substring(colon + 1));
			} catch (RuntimeException e) {
				throw new ConnectorException(Kind.UNREACHABLE, "server " + serverName + ": managesieve must be HOST:PORT, not "
						+ endpoint, e);
			}
		}
		return new DovecotSettings(jdbc, settings.getOrDefault(USER, "mailadmin"), secrets.get("DEFAULT"), host, port,
				settings.get(MANAGESIEVE_USER), secrets.get("MANAGESIEVE"), settings.get(DOVEADM), secrets.get("DOVEADM"), pinSha256);
	}

	/** "DEFAULT=a MANAGESIEVE=b" into its parts; any other secret is the database password alone. */
	static Map<String, char[]> secrets(char[] secret) {
		Map<String, char[]> parts = new LinkedHashMap<>();
		if (secret == null) {
			return parts;
		}
		String text = new String(secret);
		if (!text.startsWith("DEFAULT=")) {
			parts.put("DEFAULT", Arrays.copyOf(secret, secret.length));
			return parts;
		}
		for (String part : text.strip().split("\\s+")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				parts.put(part.substring(0, eq), part.substring(eq + 1).toCharArray());
			}
		}
		return parts;
	}

	@Override
	public String toString() {
		// never the passwords
		return "DovecotSettings[" + jdbcUrl + ", user " + dbUser + ", ManageSieve " + manageSieveHost + ":" + manageSievePort
				+ " as " + masterUser + ", doveadm " + doveadmUrl + "]";
	}
}
