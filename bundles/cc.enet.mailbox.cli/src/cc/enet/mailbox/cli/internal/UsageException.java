package cc.enet.mailbox.cli.internal;

/** Bad usage or unreadable input: exit code 2, with a message that says what and where. */
public final class UsageException extends Exception {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
