package cc.enet.mailbox.connector.plan;

import java.util.Locale;

import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Field;

/**
 * One line of a plan: what differs for one mailbox (or domain) and field, with the server's value, the model's
 * value and the base (last applied or pulled). {@code change} is what apply sends; null for entries that only
 * inform (unmanaged, unsupported) and for a conflict's "take theirs" side.
 */
public record PlanEntry(Kind kind, String domain, String mailbox, Field field, String server, String model, String base,
		Change change) {

	public enum Kind {
		CREATE, UPDATE, DELETE,
		/** The server's value changed since the base and differs from the model: someone changed it elsewhere. */
		CONFLICT,
		/** On the server, not in the model: reported, never deleted. */
		UNMANAGED,
		/** The model has a setting this server cannot hold. */
		UNSUPPORTED,
		/**
		 * The mailbox's domain moved to another server ({@code model} names it) and this one still holds it: removed
		 * only when staff confirm it for the domain, and only once the new server holds it ({@code change} null until).
		 */
		REMOVE;

		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Why a setting is not applied: the words plans show beside an {@link Kind#UNSUPPORTED} entry. */
	public enum Reason {
		/** The mail client carries it: the setup files deliver it. */
		CLIENT_SIDE("client-side setting: delivered through the setup files"),
		NOT_SUPPORTED("not supported by this server");

		private final String text;

		Reason(String text) {
			this.text = text;
		}

		public String text() {
			return text;
		}
	}

	/** The reason of an unsupported entry, null for every other kind. */
	public Reason reason() {
		return kind != Kind.UNSUPPORTED ? null : field.clientSide() ? Reason.CLIENT_SIDE : Reason.NOT_SUPPORTED;
	}

	public boolean isChange() {
		return kind == Kind.CREATE || kind == Kind.UPDATE || kind == Kind.DELETE;
	}

	public String place() {
		return mailbox != null ? mailbox : domain;
	}
}
