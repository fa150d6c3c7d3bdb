package cc.enet.mailbox.model;

import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A password hash taken over from an old system ({@code password_hash} CSV column), so a migrated customer's mail
 * client keeps its password: {@code {SCHEME}hash} in the form Dovecot reads. It travels where an initial password
 * travels (secure storage, the binding to one server, the connector), marked so no reader takes it for a password:
 * {@link #mark} / {@link #unmark}. A server that cannot verify the scheme never receives it.
 */
public final class PasswordHash {

	/** Starts a stored value that is a hash; no password can contain it (the CSV refuses control characters there). */
	private static final String MARK = "\u0001password_hash\u0001";

	/** The schemes recognised, with the shape of the hash after the scheme (a hash of another form is refused). */
	private static final Map<String, Pattern> SCHEMES = Map.of(
			"SHA512-CRYPT", Pattern.compile("\\$6\\$(rounds=\\d+\\$)?[./0-9A-Za-z]{1,16}\\$[./0-9A-Za-z]{86}"),
			"SHA256-CRYPT", Pattern.compile("\\$5\\$(rounds=\\d+\\$)?[./0-9A-Za-z]{1,16}\\$[./0-9A-Za-z]{43}"),
			"BLF-CRYPT", Pattern.compile("\\$2[abxy]\\$\\d{2}\\$[./0-9A-Za-z]{53}"),
			"SSHA512", Pattern.compile("[0-9A-Za-z+/]{88,}={0,2}"),
			"SSHA256", Pattern.compile("[0-9A-Za-z+/]{44,}={0,2}"),
			"ARGON2I", Pattern.compile("\\$argon2i\\$v=\\d+\\$m=\\d+,t=\\d+,p=\\d+\\$[0-9A-Za-z+/]+\\$[0-9A-Za-z+/]+"),
			"ARGON2ID", Pattern.compile("\\$argon2id\\$v=\\d+\\$m=\\d+,t=\\d+,p=\\d+\\$[0-9A-Za-z+/]+\\$[0-9A-Za-z+/]+"));

	/** The bytes a salted SHA-2 hash holds at least besides its salt. */
	private static final Map<String, Integer> DIGEST_BYTES = Map.of("SSHA512", 64, "SSHA256", 32);

	private PasswordHash() {
	}

	/**
	 * The scheme of a {@code {SCHEME}hash} value (upper case), or empty when the value is not a hash of a known
	 * scheme in its proper shape.
	 */
	public static Optional<String> scheme(String value) {
		if (value == null || !value.startsWith("{")) {
			return Optional.empty();
		}
		int end = value.indexOf('}');
		if (end < 0) {
			return Optional.empty();
		}
		String scheme = value.substring(1, end).toUpperCase(Locale.ROOT);
		String hash = value.substring(end + 1);
		Pattern shape = SCHEMES.get(scheme);
		if (shape == null || !shape.matcher(hash).matches() || !enoughDigest(scheme, hash)) {
			return Optional.empty();
		}
		return Optional.of(scheme);
	}

	private static boolean enoughDigest(String scheme, String hash) {
		Integer bytes = DIGEST_BYTES.get(scheme);
		if (bytes == null) {
			return true;
		}
		try {
			return Base64.getDecoder().decode(hash).length > bytes; // the digest and at least one byte of salt
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** A value {@link #scheme} recognises, with its scheme in upper case as Dovecot names it. */
	public static String normalized(String value) {
		String scheme = scheme(value).orElseThrow(() -> new IllegalArgumentException("not a password hash"));
		return "{" + scheme + "}" + value.substring(value.indexOf('}') + 1);
	}

	/** The schemes {@link #scheme} recognises, for messages. */
	public static String known() {
		return String.join(", ", SCHEMES.keySet().stream().sorted().toList());
	}

	/** A hash to store where an initial password is stored. */
	public static char[] mark(String hash) {
		return (MARK + hash).toCharArray();
	}

	public static boolean isMarked(char[] stored) {
		return stored != null && stored.length >= MARK.length() && new String(stored, 0, MARK.length()).equals(MARK);
	}

	/** The {@code {SCHEME}hash} of a marked value. */
	public static String unmark(char[] stored) {
		if (!isMarked(stored)) {
			throw new IllegalArgumentException("not a password hash");
		}
		return new String(stored, MARK.length(), stored.length - MARK.length());
	}

	/** The scheme of a marked value (upper case), or null if it is none. */
	public static String schemeOfMarked(char[] stored) {
		return isMarked(stored) ? scheme(unmark(stored)).orElse(null) : null;
	}

	/** Overwrites a value read from storage. */
	public static void wipe(char[] stored) {
		if (stored != null) {
			Arrays.fill(stored, '\0');
		}
	}
}
