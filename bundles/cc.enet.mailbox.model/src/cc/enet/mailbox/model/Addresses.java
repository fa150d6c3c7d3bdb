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
		return domain != null && isDomain(domain, 0, domain.length());
	}

	public static boolean isValidAddress(String address) {
		if (address == null || address.length() > 254) {
			return false;
		}
		int at = address.lastIndexOf('@');
		if (at <= 0 || at != address.indexOf('@')) {
			return false;
		}
		return at <= 64 && isDotAtom(address, 0, at) && isDomain(address, at + 1, address.length());
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
	 * {@code text[from, to)} as a domain name: at least two DNS labels of letters, digits and inner hyphens (at most
	 * 63 each, 253 in all), the last not all digits. Walked character by character, without copies: validation calls
	 * it for every address and forwarding target of 100,000 mailboxes.
	 */
	private static boolean isDomain(String text, int from, int to) {
		if (to <= from || to - from > 253) {
			return false;
		}
		int labels = 0;
		int labelStart = from;
		boolean allDigits = true;
		for (int i = from; i <= to; i++) {
			char c = i < to ? text.charAt(i) : '.';
			if (c == '.') {
				int length = i - labelStart;
				if (length == 0 || length > 63 || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
					return false;
				}
				labels++;
				if (i == to && allDigits) {
					return false; // the top-level label is never all digits
				}
				labelStart = i + 1;
				allDigits = true;
			} else if (c >= '0' && c <= '9') {
				// a digit keeps allDigits as it is
			} else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-') {
				allDigits = false;
			} else {
				return false;
			}
		}
		return labels >= 2;
	}

	/** {@code text[from, to)} as atoms of atext joined by single dots, as a mail address's local part. */
	private static boolean isDotAtom(String text, int from, int to) {
		if (to <= from || text.charAt(from) == '.' || text.charAt(to - 1) == '.') {
			return false;
		}
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '.') {
				if (text.charAt(i - 1) == '.') {
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
