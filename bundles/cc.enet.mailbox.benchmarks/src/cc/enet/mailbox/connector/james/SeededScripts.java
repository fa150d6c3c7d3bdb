package cc.enet.mailbox.connector.james;

import cc.enet.mailbox.connector.MailboxState.Filters;

/**
 * The James connector's own Sieve text for the refresh benchmark, which seeds a James through the benchmark's own WebAdmin route:
 * in the connector's package (a friend of the benchmarks bundle), so what is sent is the connector's, never a copy
 * that could drift from it. Benchmarks only; the connector itself is unchanged.
 */
public final class SeededScripts {

	public static final String NAME = SieveScript.NAME;

	private SeededScripts() {
	}

	public static String text(Filters filters) {
		return SieveScript.of(filters);
	}
}
