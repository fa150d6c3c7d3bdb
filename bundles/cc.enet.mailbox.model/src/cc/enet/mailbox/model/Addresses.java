package cc.enet.mailbox.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** Syntax of mail addresses and domain names as the console accepts them (ASCII, as the servers do). */
public final class Addresses {

	private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
	private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

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
			if (!LABEL.matcher(label).matches()) {
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
		return local.length() <= 64 && LOCAL_PART.matcher(local).matches() && isValidDomain(address.substring(at + 1));
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
}
