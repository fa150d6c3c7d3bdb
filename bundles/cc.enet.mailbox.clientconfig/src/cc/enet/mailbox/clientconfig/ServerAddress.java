package cc.enet.mailbox.clientconfig;

import java.net.InetAddress;
import java.net.UnknownHostException;

import cc.enet.mailbox.clientconfig.BadValueException.Problem;
import cc.enet.mailbox.model.Addresses;

/**
 * Checks of what staff type to reach a server: a host (DNS name, IPv4 or IPv6 address, the latter in brackets as
 * curl takes it), a port, a one-line value. Each refusal names the field and the value.
 */
public final class ServerAddress {

	private ServerAddress() {
	}

	/** {@code text} as a host to connect to; an IPv6 address loses its brackets ({@code [::1]} is {@code ::1}). */
	public static String host(String field, String text, String whole) {
		String host = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
		boolean valid = host.indexOf(':') >= 0 ? isIpv6(host) : isHostName(host);
		if (!valid) {
			throw new BadValueException(field, Problem.HOST, whole, text);
		}
		return host;
	}

	public static String host(String field, String text) {
		return host(field, text, text);
	}

	/** {@code text} as a TCP port: digits only, 1 to 65535. */
	public static int port(String field, String text, String whole) {
		if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')
				|| Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
			throw new BadValueException(field, Problem.PORT, whole, text);
		}
		return Integer.parseInt(text);
	}

	public static int port(String field, String text) {
		return port(field, text, text);
	}

	/** Refuses a port out of range that did not come from text (a file read back, a preference). */
	public static int port(String field, int port) {
		return port(field, String.valueOf(port));
	}

	/** A value that goes into a protocol line or a mail header: no line break, no other control character. */
	public static String oneLine(String field, String text) {
		if (text.chars().anyMatch(Character::isISOControl)) {
			throw new BadValueException(field, Problem.LINE_BREAK, text, text);
		}
		return text;
	}

	/** A sender address: a mail address alone, which keeps CR/LF and a second header out of the message. */
	public static String address(String field, String text) {
		oneLine(field, text);
		if (!Addresses.isValidAddress(text)) {
			throw new BadValueException(field, Problem.ADDRESS, text, text);
		}
		return text;
	}

	/** Labels of letters, digits and inner hyphens, as DNS takes them; one label (localhost) is a host too. */
	private static boolean isHostName(String host) {
		if (host.isEmpty() || host.length() > 253) {
			return false;
		}
		for (String label : host.split("\\.", -1)) {
			if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")
					|| !label.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-'))) {
				return false;
			}
		}
		return true;
	}

	/** An IPv6 literal (a zone such as {@code %eth0} allowed). In brackets Java parses it and never asks DNS. */
	private static boolean isIpv6(String host) {
		if (!host.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == ':' || c == '.' || c == '%'))) {
			return false;
		}
		try {
			InetAddress.getByName("[" + host + "]");
			return true;
		} catch (UnknownHostException e) {
			return false;
		}
	}
}
