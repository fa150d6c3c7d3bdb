package cc.enet.mailbox.connector.james;

import java.util.List;
import java.util.stream.Collectors;

import cc.enet.mailbox.connector.MailboxState.Filters;

/**
 * The allow and deny lists as the Sieve script James runs at delivery. Allow comes first and stops, so an allowed
 * sender is never denied; denied addresses are discarded, denied domains rejected (both verified on James 3.8.1,
 * which has no "copy" extension, so forwarding stays in forward mappings instead).
 */
final class SieveScript {

	static final String NAME = "mailbox-console";

	private SieveScript() {
	}

	static String of(Filters filters) {
		StringBuilder script = new StringBuilder();
		script.append("# Written by Mailbox Console from its model; edits here are replaced on the next apply.\n");
		script.append("require [\"reject\"];\n");
		test(script, "all", filters.allowAddresses(), "keep;");
		test(script, "domain", filters.allowDomains(), "keep;");
		test(script, "all", filters.denyAddresses(), "discard;");
		test(script, "domain", filters.denyDomains(), "reject \"Refused by the recipient's deny list.\";");
		script.append("keep;\n");
		return script.toString();
	}

	private static void test(StringBuilder script, String part, List<String> values, String action) {
		if (values.isEmpty()) {
			return;
		}
		script.append("if address :").append(part).append(" :is \"from\" [")
				.append(values.stream().map(SieveScript::quote).collect(Collectors.joining(", "))).append("] {\n  ")
				.append(action).append("\n  stop;\n}\n");
	}

	private static String quote(String value) {
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}
