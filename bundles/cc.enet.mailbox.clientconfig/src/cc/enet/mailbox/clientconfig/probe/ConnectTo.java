package cc.enet.mailbox.clientconfig.probe;

import java.util.List;

/**
 * curl's --connect-to HOST:PORT:HOST2:PORT2: the model's host and port stay what TLS checks and reports name, the
 * connection goes to HOST2:PORT2 (a server before DNS moves to it, or a test server on loopback).
 */
public record ConnectTo(String host, int port, String toHost, int toPort) {

	public static ConnectTo parse(String text) {
		String[] parts = text.split(":", -1);
		if (parts.length != 4 || parts[0].isBlank() || parts[2].isBlank()) {
			throw new IllegalArgumentException("--connect-to takes HOST:PORT:HOST2:PORT2, not " + text);
		}
		try {
			return new ConnectTo(parts[0], Integer.parseInt(parts[1]), parts[2], Integer.parseInt(parts[3]));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--connect-to takes HOST:PORT:HOST2:PORT2, not " + text, e);
		}
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
