package cc.enet.mailbox.connector.dovecot;

import java.util.Optional;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorException.Kind;

/**
 * Where the server's Dovecot keeps each user's Sieve scripts (its {@code sieve = file:DIR} location), as the server
 * setting {@code sieve-dir} gives it with Dovecot's variables: {@code %d} the domain, {@code %n} the local part,
 * {@code %u} the whole address. Knowing it, a full refresh reads every script through the doveadm API's file commands
 * without a ManageSieve login and without Dovecot setting up each user.
 */
record SieveDir(String template) {

	static SieveDir of(String serverName, String template) throws ConnectorException {
		if (!template.startsWith("/") || !(template.contains("%n") || template.contains("%u"))) {
			throw new ConnectorException(Kind.UNREACHABLE, DovecotMessages.text("error.badSieveDir", serverName, template));
		}
		return new SieveDir(template.endsWith("/") ? template.substring(0, template.length() - 1) : template);
	}

	/**
	 * The file of the script {@code name} of the user; empty for an address that cannot name a folder safely (a
	 * slash, "." or ".."), whose script is then read the slow way.
	 */
	Optional<String> file(String address, String name) {
		int at = address.lastIndexOf('@');
		if (at <= 0 || at == address.length() - 1) {
			return Optional.empty();
		}
		String local = address.substring(0, at);
		String domain = address.substring(at + 1);
		if (!safe(local) || !safe(domain)) {
			return Optional.empty();
		}
		String dir = template.replace("%u", address).replace("%d", domain).replace("%n", local);
		return Optional.of(dir + "/" + name + ".sieve");
	}

	private static boolean safe(String part) {
		return !part.isEmpty() && !part.equals(".") && !part.equals("..") && part.indexOf('/') < 0 && part.indexOf('%') < 0
				&& part.chars().noneMatch(c -> c < 0x20);
	}
}
