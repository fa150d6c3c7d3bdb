package cc.enet.mailbox.connector;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A server's secrets: the default one ({@link #DEFAULT}) and the named ones its kind declares
 * ({@link ConnectorFactory#secretKeys()}), e.g. a database password, a ManageSieve master password, an API key.
 * Never printed; {@link #clear()} wipes them once the connector has what it needs.
 */
public final class Secrets {

	public static final String DEFAULT = "DEFAULT";

	private final Map<String, char[]> values = new LinkedHashMap<>();

	public static Secrets none() {
		return new Secrets();
	}

	/** Only the default secret (or none when null). */
	public static Secrets of(char[] defaultSecret) {
		Secrets secrets = new Secrets();
		if (defaultSecret != null) {
			secrets.put(DEFAULT, defaultSecret);
		}
		return secrets;
	}

	/**
	 * The one-string form "DEFAULT=a KEY=b ..." (what releng/mailstack's SERVER_SECRETS holds) into its parts; any
	 * other text is the default secret alone.
	 */
	public static Secrets parse(char[] text) {
		if (text == null) {
			return none();
		}
		String value = new String(text);
		if (!value.startsWith(DEFAULT + "=")) {
			return of(text);
		}
		Secrets secrets = new Secrets();
		for (String part : value.strip().split("\\s+")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				secrets.put(part.substring(0, eq), part.substring(eq + 1).toCharArray());
			}
		}
		return secrets;
	}

	/** Keeps a copy of {@code secret} under {@code key} (upper-cased, as the environment names it). */
	public Secrets put(String key, char[] secret) {
		values.put(key.toUpperCase(Locale.ROOT), Arrays.copyOf(secret, secret.length));
		return this;
	}

	/** Whether a secret is held under {@code key}. */
	public boolean has(String key) {
		return values.containsKey(key.toUpperCase(Locale.ROOT));
	}

	/** A copy of the secret, or null when there is none. */
	public char[] get(String key) {
		char[] secret = values.get(key.toUpperCase(Locale.ROOT));
		return secret == null ? null : Arrays.copyOf(secret, secret.length);
	}

	public Set<String> keys() {
		return Set.copyOf(values.keySet());
	}

	public void clear() {
		values.values().forEach(v -> Arrays.fill(v, '\0'));
		values.clear();
	}

	@Override
	public String toString() {
		return "Secrets" + values.keySet(); // the names only
	}
}
