package cc.enet.mailbox.connector;

import java.util.List;

import cc.enet.mailbox.connector.MailboxState.Filters;
import cc.enet.mailbox.connector.MailboxState.Forwarding;

/** One step of an apply, server-neutral; each connector turns it into its own requests. */
public sealed interface Change {

	/** The mailbox this change is about, or null for a domain. */
	String mailbox();

	String domain();

	Field field();

	/** A stable text that names the change, for plans, journals and audit logs. */
	String describe();

	record CreateDomain(String domain) implements Change {
		@Override
		public String mailbox() {
			return null;
		}

		@Override
		public Field field() {
			return Field.ACCOUNT;
		}

		@Override
		public String describe() {
			return "create domain " + domain;
		}
	}

	/** Creates the account; its initial password comes from the credential store at apply time. */
	record CreateMailbox(String mailbox, String domain) implements Change {
		@Override
		public Field field() {
			return Field.ACCOUNT;
		}

		@Override
		public String describe() {
			return "create mailbox " + mailbox;
		}
	}

	record DeleteMailbox(String mailbox, String domain) implements Change {
		@Override
		public Field field() {
			return Field.ACCOUNT;
		}

		@Override
		public String describe() {
			return "delete mailbox " + mailbox;
		}
	}

	record SetEnabled(String mailbox, String domain, boolean enabled) implements Change {
		@Override
		public Field field() {
			return Field.ENABLED;
		}

		@Override
		public String describe() {
			return (enabled ? "enable mailbox " : "disable mailbox ") + mailbox;
		}
	}

	/** Gives an account that holds no password its initial one, from the credential store at apply time. */
	record SetInitialPassword(String mailbox, String domain, boolean set) implements Change {
		@Override
		public Field field() {
			return Field.INITIAL_PASSWORD;
		}

		@Override
		public String describe() {
			return "set the initial password of " + mailbox;
		}
	}

	record SetDisplayName(String mailbox, String domain, String displayName) implements Change {
		@Override
		public Field field() {
			return Field.DISPLAY_NAME;
		}

		@Override
		public String describe() {
			return "set sender name of " + mailbox + " to " + Field.DISPLAY_NAME.describe(displayName);
		}
	}

	record SetQuota(String mailbox, String domain, int quotaMb) implements Change {
		@Override
		public Field field() {
			return Field.QUOTA;
		}

		@Override
		public String describe() {
			return "set quota of " + mailbox + " to " + quotaMb + " MB";
		}
	}

	record SetSendEncoding(String mailbox, String domain, String encoding) implements Change {
		@Override
		public Field field() {
			return Field.SEND_ENCODING;
		}

		@Override
		public String describe() {
			return "set send encoding of " + mailbox + " to " + encoding;
		}
	}

	/** Days the server keeps mail (0 = no limit). */
	record SetRetention(String mailbox, String domain, int days) implements Change {
		@Override
		public Field field() {
			return Field.RETENTION;
		}

		@Override
		public String describe() {
			return "set retention of " + mailbox + " to " + Field.RETENTION.describe(days);
		}
	}

	/** Replaces the destinations; {@code current} is what the server had, so only the difference is sent. */
	record SetForwarding(String mailbox, String domain, Forwarding forwarding, Forwarding current) implements Change {
		@Override
		public Field field() {
			return Field.FORWARDING;
		}

		@Override
		public String describe() {
			return "set forwarding of " + mailbox + " to " + forwarding;
		}
	}

	/** The four allow/deny lists (the reject switches in {@code filters} are false: they are changes of their own). */
	record SetFilters(String mailbox, String domain, Filters filters) implements Change {
		@Override
		public Field field() {
			return Field.ALLOW_DENY;
		}

		@Override
		public String describe() {
			return "set filters of " + mailbox + " to " + filters;
		}
	}

	record SetRejectVirus(String mailbox, String domain, boolean reject) implements Change {
		@Override
		public Field field() {
			return Field.REJECT_VIRUS;
		}

		@Override
		public String describe() {
			return (reject ? "reject" : "accept") + " virus mail for " + mailbox;
		}
	}

	record SetRejectSpam(String mailbox, String domain, boolean reject) implements Change {
		@Override
		public Field field() {
			return Field.REJECT_SPAM;
		}

		@Override
		public String describe() {
			return (reject ? "reject" : "accept") + " spam for " + mailbox;
		}
	}

	/**
	 * The change that gives {@code field} of a mailbox the value {@code want}; {@code current} is the server's value
	 * (or null). The one place that maps a field to its change kind.
	 */
	static Change set(Field field, String mailbox, String domain, Object want, Object current) {
		return switch (field) {
		case ACCOUNT -> Boolean.TRUE.equals(want) ? new CreateMailbox(mailbox, domain) : new DeleteMailbox(mailbox, domain);
		case ENABLED -> new SetEnabled(mailbox, domain, (Boolean) want);
		case INITIAL_PASSWORD -> new SetInitialPassword(mailbox, domain, (Boolean) want);
		case DISPLAY_NAME -> new SetDisplayName(mailbox, domain, (String) want);
		case QUOTA -> new SetQuota(mailbox, domain, (Integer) want);
		case SEND_ENCODING -> new SetSendEncoding(mailbox, domain, (String) want);
		case RETENTION -> new SetRetention(mailbox, domain, (Integer) want);
		case FORWARDING -> new SetForwarding(mailbox, domain, (Forwarding) want,
				current == null ? new Forwarding(List.of(), false) : (Forwarding) current);
		case ALLOW_DENY -> new SetFilters(mailbox, domain, ((Filters) want).listsOnly());
		case REJECT_VIRUS -> new SetRejectVirus(mailbox, domain, (Boolean) want);
		case REJECT_SPAM -> new SetRejectSpam(mailbox, domain, (Boolean) want);
		};
	}

	/** The value this change gives its field, in the type of {@link Field#type()}. */
	default Object value() {
		return switch (this) {
		case CreateDomain d -> Boolean.TRUE;
		case CreateMailbox m -> Boolean.TRUE;
		case DeleteMailbox m -> Boolean.FALSE;
		case SetEnabled c -> c.enabled();
		case SetInitialPassword c -> c.set();
		case SetDisplayName c -> c.displayName();
		case SetQuota c -> c.quotaMb();
		case SetSendEncoding c -> c.encoding();
		case SetRetention c -> c.days();
		case SetForwarding c -> c.forwarding();
		case SetFilters c -> c.filters();
		case SetRejectVirus c -> c.reject();
		case SetRejectSpam c -> c.reject();
		};
	}

	/** Whether apply must fetch the mailbox's password from the credential store for this change. */
	default boolean needsPassword() {
		return this instanceof CreateMailbox || this instanceof SetInitialPassword;
	}
}
