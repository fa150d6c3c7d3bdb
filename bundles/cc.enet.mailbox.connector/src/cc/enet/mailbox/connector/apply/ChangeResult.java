package cc.enet.mailbox.connector.apply;

import cc.enet.mailbox.connector.Change;

/** How one change went. */
public record ChangeResult(Change change, Status status, String message) {

	public enum Status {
		DONE, FAILED,
		/** Not tried because a change it depends on failed. */
		SKIPPED,
		/** Not tried: cancelled, or the server became unusable. */
		NOT_ATTEMPTED;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}
}
