package cc.enet.mailbox.model;

import java.util.Locale;

/** Syntax of mail addresses and domain names as the console accepts them (ASCII, as the servers do). */
public final class Addresses {

	/** The characters of a dot-atom besides letters and digits (RFC 5322 atext). */
	private static final String ATEXT_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

	private Addresses() {
	}

	/** The key under which an address is compared: mail domains are case-insensitive, and so are Enet's mailboxes. */
	public static String key(String address) {
		return address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
	}

	public static boolean isValidDomain(String domain) {
		if (domain == null || domain.isEmpty() || domain.length() > 253) {
			return false;
		}
		String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.", -1);
		if (labels.length < 2) {
			return false;
		}
		for (String label : labels) {
			if (!isLabel(label)) {
				return false;
			}
		}
		// The top-level label is never all digits.
		return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
	}

	public static boolean isValidAddress(String address) {
		if (address == null || address.length() > 254) {
			return false;
		}
		int at = address.lastIndexOf('@');
		if (at <= 0 || at != address.indexOf('@')) {
			return false;
		}
		String local = address.substring(0, at);
		return local.length() <= 64 && isDotAtom(local) && isValidDomain(address.substring(at + 1));
	}

	/** The domain part of an address, lower-cased, or null when there is no single '@' with text on both sides. */
	public static String domainOf(String address) {
		if (address == null) {
			return null;
		}
		int at = address.indexOf('@');
		if (at <= 0 || at == address.length() - 1 || address.indexOf('@', at + 1) >= 0) {
			return null;
		}
		return address.substring(at + 1).trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * A DNS label: letters and digits, hyphens inside, at most 63. Written out rather than as a regular expression:
	 * validation calls it for every address of 100,000 mailboxes.
	 */
	private static boolean isLabel(String label) {
		int n = label.length();
		if (n == 0 || n > 63 || label.charAt(0) == '-' || label.charAt(n - 1) == '-') {
			return false;
		}
		for (int i = 0; i < n; i++) {
			char c = label.charAt(i);
			if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
				return false;
			}
		}
		return true;
	}

	/** Atoms of atext joined by single dots, as a mail address's local part. */
	private static boolean isDotAtom(String local) {
		int n = local.length();
		if (n == 0 || local.charAt(0) == '.' || local.charAt(n - 1) == '.') {
			return false;
		}
		for (int i = 0; i < n; i++) {
			char c = local.charAt(i);
			if (c == '.') {
				if (local.charAt(i - 1) == '.') {
					return false;
				}
			} else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
					|| ATEXT_SYMBOLS.indexOf(c) >= 0)) {
				return false;
			}
		}
		return true;
	}
}
