package cc.enet.mailbox.connector.dovecot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cc.enet.mailbox.connector.MailboxState.Filters;

/**
 * A mailbox's filters as the Sieve script Dovecot (Pigeonhole) runs at delivery, and back. One rule a line, so a
 * script read with GETSCRIPT turns back into the same filters. Order: a virus is refused even from an allowed sender;
 * then allow entries (keep, stop) win over deny entries; spam is refused after both, so an allowed sender's mail
 * marked as spam still arrives. The filters' headers are set by the mail stack's milters: clamav-milter
 * ("X-Virus-Status: Infected (...)", replaced on every mail) and spamass-milter ("X-Spam-Flag: YES" on spam only).
 */
final class SieveScript {

	static final String NAME = "mailbox-console";
	private static final String HEADER = "# Written by Mailbox Console from its model; a change made here shows as drift.";
	private static final String VIRUS = "if header :contains \"X-Virus-Status\" \"Infected\" { reject \"Refused: the message carries a virus.\"; stop; }";
	private static final String SPAM = "if header :is \"X-Spam-Flag\" \"YES\" { reject \"Refused: the message is spam.\"; stop; }";
	private static final String ALLOW = "keep; stop;";
	private static final String DENY = "reject \"Refused by the recipient's deny list.\"; stop;";
	private static final Pattern RULE = Pattern.compile("^if address :(all|domain) :is \"from\" \\[(.*)\\] \\{ (.*) \\}$");
	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private SieveScript() {
	}

	static String of(Filters filters) {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		lines.add("require [\"reject\"];");
		if (filters.rejectVirus()) {
			lines.add(VIRUS);
		}
		rule(lines, "all", filters.allowAddresses(), ALLOW);
		rule(lines, "domain", filters.allowDomains(), ALLOW);
		rule(lines, "all", filters.denyAddresses(), DENY);
		rule(lines, "domain", filters.denyDomains(), DENY);
		if (filters.rejectSpam()) {
			lines.add(SPAM);
		}
		lines.add("keep;");
		return String.join("\n", lines) + "\n";
	}

	/** The filters a script of {@link #of} holds; lines this class does not write are ignored. */
	static Filters parse(String script) {
		List<String> allowAddresses = new ArrayList<>();
		List<String> allowDomains = new ArrayList<>();
		List<String> denyAddresses = new ArrayList<>();
		List<String> denyDomains = new ArrayList<>();
		boolean virus = false;
		boolean spam = false;
		for (String line : script.split("\r?\n")) {
			String text = line.strip();
			virus |= text.equals(VIRUS);
			spam |= text.equals(SPAM);
			Matcher rule = RULE.matcher(text);
			if (rule.matches()) {
				boolean domain = rule.group(1).equals("domain");
				boolean allow = rule.group(3).equals(ALLOW);
				List<String> target = allow ? (domain ? allowDomains : allowAddresses) : (domain ? denyDomains : denyAddresses);
				Matcher value = STRING.matcher(rule.group(2));
				while (value.find()) {
					target.add(value.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
				}
			}
		}
		return new Filters(allowAddresses, allowDomains, denyAddresses, denyDomains, virus, spam);
	}

	private static void rule(List<String> lines, String part, List<String> values, String action) {
		if (!values.isEmpty()) {
			lines.add("if address :" + part + " :is \"from\" ["
					+ values.stream().map(SieveScript::quote).collect(Collectors.joining(", ")) + "] { " + action + " }");
		}
	}

	private static String quote(String value) {
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}
