package cc.enet.mailbox.connector.dovecot;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorException.Kind;
import cc.enet.mailbox.connector.Secrets;

/**
 * Where a Postfix + Dovecot + PostgreSQL server is and how to log in: the JDBC URL, and the server's settings
 * {@code user} (database role), {@code managesieve} (host:port), {@code managesieve-user} (Dovecot master user),
 * {@code doveadm} (HTTP API URL), {@code sieve-dir} (where Dovecot keeps each user's Sieve scripts), as
 * releng/mailstack's SERVER_ADD_ARGS gives them with {@code --set}, and {@code timeout} (seconds one answer may take,
 * 30 unless set). Secrets: the default one is the database password,
 * {@code MANAGESIEVE} the master user's, {@code DOVEADM} the API key. Settings in the URL's query (the form before
 * servers had settings) are still read; a {@code --set} value wins.
 */
record DovecotSettings(String jdbcUrl, String dbUser, char[] dbPassword, String manageSieveHost, int manageSievePort,
		String masterUser, char[] masterPassword, String doveadmUrl, char[] doveadmKey, String pinSha256, Duration timeout,
		SieveDir sieveDir) {

	static final String USER = "user";
	static final String MANAGESIEVE = "managesieve";
	static final String MANAGESIEVE_USER = "managesieve-user";
	/** The doveadm HTTP API (quota usage; its key is the secret DOVEADM). */
	static final String DOVEADM = "doveadm";
	/**
	 * Seconds any one answer of the server may take (connect, each read of PostgreSQL, ManageSieve, each doveadm
	 * request): a server part that stopped answering fails the change or the read after this, never holds an apply.
	 */
	static final String TIMEOUT = "timeout";
	/**
	 * Dovecot's Sieve location of every user ({@code /srv/mail/%d/%n/sieve}): with the doveadm API, a full refresh
	 * reads the scripts as files, in batches, instead of having Dovecot set up each user to list and get them.
	 */
	static final String SIEVE_DIR = "sieve-dir";
	static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
	private static final int MAX_TIMEOUT_SECONDS = 3600;

	/** Whether quota usage can be read (doveadm HTTP API). */
	boolean hasDoveadm() {
		return doveadmUrl != null && doveadmKey != null;
	}

	/** Whether every user's scripts can be read as files through the doveadm API (a full refresh's fast way). */
	boolean readsSieveFiles() {
		return hasDoveadm() && sieveDir != null;
	}

	/** Whether Sieve scripts (allow/deny lists) can be read and written. */
	boolean hasManageSieve() {
		return manageSieveHost != null && masterUser != null && masterPassword != null;
	}

	/** The keys a server of kind dovecot takes with --set. */
	static final List<String> KEYS = List.of(USER, MANAGESIEVE, MANAGESIEVE_USER, DOVEADM, SIEVE_DIR, TIMEOUT);
	/** The named secrets besides the database password. */
	static final List<String> SECRET_KEYS = List.of("MANAGESIEVE", "DOVEADM");

	/** From the URL alone with the one-string secret "DEFAULT=a MANAGESIEVE=b DOVEADM=c" (tests, older workspaces). */
	static DovecotSettings of(String serverName, String url, String pinSha256, char[] secret) throws ConnectorException {
		return of(serverName, url, Map.of(), pinSha256, Secrets.parse(secret));
	}

	static DovecotSettings of(String serverName, String url, Map<String, String> serverSettings, String pinSha256,
			Secrets secrets) throws ConnectorException {
		if (url == null || !url.startsWith("jdbc:postgresql://")) {
			throw new ConnectorException(Kind.UNREACHABLE, DovecotMessages.text("error.badUrl", serverName, String.valueOf(url)));
		}
		int query = url.indexOf('?');
		Map<String, String> settings = new LinkedHashMap<>();
		StringBuilder driverQuery = new StringBuilder();
		if (query >= 0) {
			for (String pair : url.substring(query + 1).split("&")) {
				int eq = pair.indexOf('=');
				String key = eq < 0 ? pair : pair.substring(0, eq);
				String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				if (KEYS.contains(key)) {
					settings.put(key, value);
				} else if (!key.isEmpty()) {
					driverQuery.append(driverQuery.isEmpty() ? "?" : "&").append(pair);
				}
			}
		}
		settings.putAll(serverSettings);
		String jdbc = (query < 0 ? url : url.substring(0, query)) + driverQuery;
		String host = null;
		int port = 0;
		String endpoint = settings.get(MANAGESIEVE);
		if (endpoint != null) {
			int colon = endpoint.lastIndexOf(':');
			try {
				host = endpoint.substring(0, colon);
				port = Integer.parseInt(endpoint.substring(colon + 1));
			} catch (RuntimeException e) {
				throw new ConnectorException(Kind.UNREACHABLE, DovecotMessages.text("error.badManageSieve", serverName, endpoint), e);
			}
		}
		return new DovecotSettings(jdbc, settings.getOrDefault(USER, "mailadmin"), secrets.get(Secrets.DEFAULT), host, port,
				settings.get(MANAGESIEVE_USER), secrets.get("MANAGESIEVE"), settings.get(DOVEADM), secrets.get("DOVEADM"), pinSha256,
				timeout(serverName, settings.get(TIMEOUT)),
				settings.get(SIEVE_DIR) == null ? null : SieveDir.of(serverName, settings.get(SIEVE_DIR).strip()));
	}

	private static Duration timeout(String serverName, String value) throws ConnectorException {
		if (value == null) {
			return DEFAULT_TIMEOUT;
		}
		try {
			int seconds = Integer.parseInt(value.strip());
			if (seconds >= 1 && seconds <= MAX_TIMEOUT_SECONDS) {
				return Duration.ofSeconds(seconds);
			}
		} catch (NumberFormatException e) {
			// named below
		}
		throw new ConnectorException(Kind.UNREACHABLE,
				DovecotMessages.text("error.badTimeout", serverName, value, String.valueOf(MAX_TIMEOUT_SECONDS)));
	}

	/** The deadline in milliseconds, for socket and driver timeouts. */
	int timeoutMillis() {
		return (int) timeout.toMillis();
	}

	@Override
	public String toString() {
		// never the passwords
		return "DovecotSettings[" + jdbcUrl + ", user " + dbUser + ", ManageSieve " + manageSieveHost + ":" + manageSievePort
				+ " as " + masterUser + ", doveadm " + doveadmUrl + ", Sieve files " + (sieveDir == null ? null : sieveDir.template())
				+ ", timeout " + timeout.toSeconds() + " s]";
	}
}
