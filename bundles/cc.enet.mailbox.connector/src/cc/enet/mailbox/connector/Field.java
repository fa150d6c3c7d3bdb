package cc.enet.mailbox.connector;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cc.enet.mailbox.connector.MailboxState.Filters;
import cc.enet.mailbox.connector.MailboxState.Forwarding;

/**
 * Every setting of a mailbox a server may hold, named the same for every server: the single list the server state,
 * the change kinds, the saved base state and the planner are built from. Each field says the type of its value and
 * the value a freshly created account holds ({@link #neutral()}, null when a server has its own default).
 */
public enum Field {
	/** The account exists (value: true). Created and deleted, never updated. */
	ACCOUNT(Boolean.class, null, false),
	/** Whether the mailbox can log in and receive. */
	ENABLED(Boolean.class, Boolean.TRUE, false),
	/** Whether the account holds a password; the initial one comes from secure storage, never from the model. */
	INITIAL_PASSWORD(Boolean.class, Boolean.TRUE, false),
	/** The sender name; a setting of the mail client, delivered through the setup files where a server has none. */
	DISPLAY_NAME(String.class, "", true),
	/** Megabytes. */
	QUOTA(Integer.class, null, false),
	/** The encoding's literal ("ISO-2022-JP"); a setting of the mail client like the sender name. */
	SEND_ENCODING(String.class, "ISO-2022-JP", true),
	/** Days the server keeps mail (0 = no limit); "delete after download" is the client's part, in the setup files. */
	RETENTION(Integer.class, 0, true),
	/** Destinations and keep-a-copy. */
	FORWARDING(Forwarding.class, new Forwarding(List.of(), false), false),
	/** The four allow and deny lists (the value's reject switches are always false: they are fields of their own). */
	ALLOW_DENY(Filters.class, Filters.none(), false),
	REJECT_VIRUS(Boolean.class, Boolean.FALSE, false),
	REJECT_SPAM(Boolean.class, Boolean.FALSE, false);

	/** The fields a mailbox's settings consist of: all but the account itself. */
	public static final Set<Field> SETTINGS = EnumSet.complementOf(EnumSet.of(ACCOUNT));

	private final Class<?> type;
	private final Object neutral;
	private final boolean clientSide;

	Field(Class<?> type, Object neutral, boolean clientSide) {
		this.type = type;
		this.neutral = neutral;
		this.clientSide = clientSide;
	}

	public Class<?> type() {
		return type;
	}

	/** What a new account holds before any setting is written; null when only the server knows. */
	public Object neutral() {
		return neutral;
	}

	/**
	 * Whether the mail client also carries this setting, through the setup files the console writes: a server that
	 * cannot hold it loses nothing the customer needs.
	 */
	public boolean clientSide() {
		return clientSide;
	}

	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The value as plans and audit logs show it; null stays null (not known). */
	public String describe(Object value) {
		if (value == null) {
			return null;
		}
		return switch (this) {
		case QUOTA -> value + " MB";
		case RETENTION -> ((Integer) value) == 0 ? "no limit" : value + " days";
		case DISPLAY_NAME -> "\"" + value + "\"";
		default -> value.toString();
		};
	}
}
