package cc.enet.mailbox.connector.dovecot;

import cc.enet.mailbox.connector.MailboxState.Filters;

/**
 * The mail stack connector's own Sieve text for the refresh benchmark, which writes the scripts of a seeded server
 * as files: in the connector's package (a friend of the benchmarks bundle), so the text is the connector's, never a
 * copy that could drift from it. Benchmarks only; the connector itself is unchanged.
 */
public final class SeededScripts {

	/** The script's name; the file is NAME.sieve in the user's sieve folder. */
	public static final String NAME = SieveScript.NAME;

	private SeededScripts() {
	}

	public static String text(Filters filters) {
		return SieveScript.of(filters);
	}
}
