package cc.enet.mailbox.cli.internal;

import cc.enet.mailbox.clientconfig.BadValueException;

/** Bad usage or unreadable input: exit code 2, with a message that says what and where. */
public final class UsageException extends Exception {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}

	/** A value a check refused, named by its option ({@code --port}) and shown as given, in the user's language. */
	public static UsageException badValue(BadValueException e, CliText text) {
		return new UsageException(text.get("input." + e.problem().key(), "--" + e.field(), e.shownValue(), e.shownPart()));
	}
}
