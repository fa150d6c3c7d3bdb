package cc.enet.mailbox.connector;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A mailbox's server-side settings in a server-neutral shape: one slot per {@link Field}. A field without a value is
 * "not known" (the server cannot report it). Lists are kept as sorted, lower-cased sets, since servers neither keep
 * order nor case.
 */
public record MailboxState(String address, Map<Field, Object> values) {

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

	/** The four lists and the two reject switches, as a filter script holds them. */
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

		/** The lists only: the value of {@link Field#ALLOW_DENY}. */
		public Filters listsOnly() {
			return new Filters(allowAddresses, allowDomains, denyAddresses, denyDomains, false, false);
		}

		public Filters withRejects(boolean virus, boolean spam) {
			return new Filters(allowAddresses, allowDomains, denyAddresses, denyDomains, virus, spam);
		}

		@Override
		public String toString() {
			return "allow " + allowAddresses + " " + allowDomains + ", deny " + denyAddresses + " " + denyDomains
					+ (rejectVirus ? ", reject virus" : "") + (rejectSpam ? ", reject spam" : "");
		}
	}

	public MailboxState {
		address = address.toLowerCase(Locale.ROOT);
		EnumMap<Field, Object> copy = new EnumMap<>(Field.class);
		values.forEach((field, value) -> {
			if (value != null) {
				copy.put(field, normalized(field, value));
			}
		});
		values = Collections.unmodifiableMap(copy);
	}

	/** A mailbox of which nothing is known yet. */
	public static MailboxState of(String address) {
		return new MailboxState(address, Map.of());
	}

	/** The state of an account just created: every field at its neutral value where there is one. */
	public static MailboxState fresh(String address) {
		Map<Field, Object> values = new EnumMap<>(Field.class);
		for (Field field : Field.values()) {
			values.put(field, field.neutral());
		}
		values.put(Field.ACCOUNT, Boolean.TRUE);
		return new MailboxState(address, values);
	}

	/** Quota, forwarding and filters at once, the shape the first connectors read. */
	public MailboxState(String address, Integer quotaMb, Forwarding forwarding, Filters filters) {
		this(address, legacy(quotaMb, forwarding, filters));
	}

	private static Map<Field, Object> legacy(Integer quotaMb, Forwarding forwarding, Filters filters) {
		Map<Field, Object> values = new EnumMap<>(Field.class);
		values.put(Field.QUOTA, quotaMb);
		values.put(Field.FORWARDING, forwarding);
		if (filters != null) {
			values.put(Field.ALLOW_DENY, filters);
			values.put(Field.REJECT_VIRUS, filters.rejectVirus());
			values.put(Field.REJECT_SPAM, filters.rejectSpam());
		}
		return values;
	}

	private static Object normalized(Field field, Object value) {
		if (!field.type().isInstance(value)) {
			throw new IllegalArgumentException(field.label() + " takes " + field.type().getSimpleName() + ", not " + value);
		}
		return value instanceof Filters filters ? filters.listsOnly() : value;
	}

	public Object get(Field field) {
		return values.get(field);
	}

	public boolean knows(Field field) {
		return values.containsKey(field);
	}

	public MailboxState with(Field field, Object value) {
		Map<Field, Object> changed = new EnumMap<>(Field.class);
		changed.putAll(values);
		changed.put(field, value);
		return new MailboxState(address, changed);
	}

	public Integer quotaMb() {
		return (Integer) values.get(Field.QUOTA);
	}

	public Forwarding forwarding() {
		return (Forwarding) values.get(Field.FORWARDING);
	}

	/** The lists with both reject switches (false where unknown), or null when the lists are not known. */
	public Filters filters() {
		Filters lists = (Filters) values.get(Field.ALLOW_DENY);
		return lists == null ? null
				: lists.withRejects(Boolean.TRUE.equals(values.get(Field.REJECT_VIRUS)),
						Boolean.TRUE.equals(values.get(Field.REJECT_SPAM)));
	}

	public MailboxState withQuota(Integer quota) {
		return with(Field.QUOTA, quota);
	}

	public MailboxState withForwarding(Forwarding value) {
		return with(Field.FORWARDING, value);
	}

	/** Sets the lists and both reject switches. */
	public MailboxState withFilters(Filters value) {
		return with(Field.ALLOW_DENY, value).with(Field.REJECT_VIRUS, value.rejectVirus()).with(Field.REJECT_SPAM,
				value.rejectSpam());
	}

	/** The value of one field as text, for plans and the audit log; null when unknown. */
	public String describe(Field field) {
		return field.describe(values.get(field));
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
}
