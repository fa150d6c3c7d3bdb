package cc.enet.mailbox.connector;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A mailbox's server-side settings in a server-neutral shape. Lists are kept as sorted, lower-cased sets, since
 * servers neither keep order nor case. A null part means "not known" (the server cannot report it).
 */
public record MailboxState(String address, Integer quotaMb, Forwarding forwarding, Filters filters) {

	/** Destinations and whether a copy stays in the mailbox. */
	public record Forwarding(List<String> targets, boolean keepCopy) {
		public Forwarding {
			targets = normalized(targets);
		}

		@Override
		public String toString() {
			return (targets.isEmpty() ? "-" : String.join(";", targets)) + (keepCopy ? " (keep copy)" : "");
		}
	}

	/** The four lists and the two reject switches. */
	public record Filters(List<String> allowAddresses, List<String> allowDomains, List<String> denyAddresses,
			List<String> denyDomains, boolean rejectVirus, boolean rejectSpam) {
		public Filters {
			allowAddresses = normalized(allowAddresses);
			allowDomains = normalized(allowDomains);
			denyAddresses = normalized(denyAddresses);
			denyDomains = normalized(denyDomains);
		}

		public static Filters none() {
			return new Filters(List.of(), List.of(), List.of(), List.of(), false, false);
		}

		/** The lists only, as a server without spam and virus rejection holds them. */
		public Filters listsOnly() {
			return new Filters(allowAddresses, allowDomains, denyAddresses, denyDomains, false, false);
		}

		@Override
		public String toString() {
			return "allow " + allowAddresses + " " + allowDomains + ", deny " + denyAddresses + " " + denyDomains
					+ (rejectVirus ? ", reject virus" : "") + (rejectSpam ? ", reject spam" : "");
		}
	}

	public MailboxState {
		address = address.toLowerCase(Locale.ROOT);
	}

	static List<String> normalized(List<String> values) {
		TreeSet<String> set = new TreeSet<>();
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				set.add(value.strip().toLowerCase(Locale.ROOT));
			}
		}
		return List.copyOf(set);
	}

	public MailboxState withQuota(Integer quota) {
		return new MailboxState(address, quota, forwarding, filters);
	}

	public MailboxState withForwarding(Forwarding value) {
		return new MailboxState(address, quotaMb, value, filters);
	}

	public MailboxState withFilters(Filters value) {
		return new MailboxState(address, quotaMb, forwarding, value);
	}

	/** The value of one field as text, for plans and the audit log; null when unknown. */
	public String describe(Field field) {
		Object value = switch (field) {
		case QUOTA -> quotaMb == null ? null : quotaMb + " MB";
		case FORWARDING -> forwarding;
		case ALLOW_DENY -> filters == null ? null : filters.listsOnly();
		case REJECT_VIRUS -> filters == null ? null : filters.rejectVirus();
		case REJECT_SPAM -> filters == null ? null : filters.rejectSpam();
		default -> null;
		};
		return Objects.toString(value, null);
	}
}
