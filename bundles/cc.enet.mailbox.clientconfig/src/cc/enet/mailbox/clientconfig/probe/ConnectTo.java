package cc.enet.mailbox.clientconfig.probe;

import java.util.ArrayList;
import java.util.List;

import cc.enet.mailbox.clientconfig.BadValueException;
import cc.enet.mailbox.clientconfig.ServerAddress;

/**
 * curl's --connect-to HOST:PORT:HOST2:PORT2: the model's host and port stay what TLS checks and reports name, the
 * connection goes to HOST2:PORT2 (a server before DNS moves to it, or a test server on loopback). An IPv6 address
 * is written in brackets, as in curl: {@code mail.example.jp:995:[::1]:1995}.
 */
public record ConnectTo(String host, int port, String toHost, int toPort) {

	private static final String OPTION = "connect-to";

	/** @throws BadValueException naming the option, the route and the part that is wrong */
	public static ConnectTo parse(String text) {
		List<String> parts = split(text);
		if (parts.size() != 4) {
			throw new BadValueException(OPTION, BadValueException.Problem.ROUTE, text, text);
		}
		return new ConnectTo(ServerAddress.host(OPTION, parts.get(0), text), ServerAddress.port(OPTION, parts.get(1), text),
				ServerAddress.host(OPTION, parts.get(2), text), ServerAddress.port(OPTION, parts.get(3), text));
	}

	/** The fields between the colons; a colon inside brackets belongs to an IPv6 address. */
	private static List<String> split(String text) {
		List<String> parts = new ArrayList<>();
		int start = 0;
		boolean inBrackets = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '[') {
				inBrackets = true;
			} else if (c == ']') {
				inBrackets = false;
			} else if (c == ':' && !inBrackets) {
				parts.add(text.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(text.substring(start));
		return parts;
	}

	/** Where a connection to host:port really goes. */
	static ConnectTo route(List<ConnectTo> mappings, String host, int port) {
		for (ConnectTo m : mappings) {
			if (m.host().equalsIgnoreCase(host) && m.port() == port) {
				return m;
			}
		}
		return new ConnectTo(host, port, host, port);
	}
}
