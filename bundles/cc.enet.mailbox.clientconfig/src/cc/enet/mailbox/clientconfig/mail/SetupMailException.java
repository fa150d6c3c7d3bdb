package cc.enet.mailbox.clientconfig.mail;

/** The setup mail could not be built or sent; {@link #kind()} tells the CLI which exit code it is. */
public final class SetupMailException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why sending failed. */
	public enum Kind {
		/** the content cannot be written in the mail's charset */
		CONTENT,
		/** the server cannot be reached, or its certificate is not trusted */
		UNREACHABLE,
		/** the server refused the staff account's login */
		REFUSED,
		/** the server took the connection and the login but refused the message */
		REJECTED
	}

	private final Kind kind;

	public SetupMailException(String message) {
		this(Kind.CONTENT, message, null);
	}

	public SetupMailException(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}
}
