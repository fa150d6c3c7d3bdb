package cc.enet.mailbox.connector.apply;

import java.util.Locale;

import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.ConnectorText;

/** How one change went; {@code text} says why when it did not simply succeed (null otherwise). */
public record ChangeResult(Change change, Status status, ConnectorText text) {

	public enum Status {
		DONE, FAILED,
		/** Not tried because a change it depends on failed. */
		SKIPPED,
		/** Not tried: cancelled, or the server became unusable. */
		NOT_ATTEMPTED;

		public String label() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/** The reason in English (journal, audit log), or null. */
	public String message() {
		return text == null ? null : text.toString();
	}

	/** The reason in the user's language, or null. */
	public String message(Locale locale) {
		return text == null ? null : text.in(locale);
	}
}
