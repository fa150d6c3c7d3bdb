package cc.enet.mailbox.connector;

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
}
