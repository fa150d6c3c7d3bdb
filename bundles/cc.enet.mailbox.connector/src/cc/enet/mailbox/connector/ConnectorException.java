package cc.enet.mailbox.connector;

/**
 * A server that could not be used. The kind decides the exit code (3 for the first three) and the message always
 * names the server and what to do.
 */
public final class ConnectorException extends Exception {
	private static final long serialVersionUID = 1L;

	public enum Kind {
		/** No answer: wrong address, server down, network. */
		UNREACHABLE,
		/** It answered but refused the credentials. */
		UNAUTHORIZED,
		/** TLS certificate not trusted (and not the pinned one). */
		UNTRUSTED_CERTIFICATE,
		/** It refused this one request. */
		REFUSED,
		/** It answered something the connector does not understand. */
		PROTOCOL
	}

	private final Kind kind;
	/** Worth asking again within the change's deadline: a 5xx answer, or a write the server did not keep. */
	private final boolean transientFailure;

	public ConnectorException(Kind kind, String message) {
		this(kind, message, null, false);
	}

	public ConnectorException(Kind kind, String message, Throwable cause, boolean transientFailure) {
		super(message, cause);
		this.kind = kind;
		this.transientFailure = transientFailure;
	}

	public boolean isTransient() {
		return transientFailure;
	}

	public ConnectorException(Kind kind, String message, Throwable cause) {
		this(kind, message, cause, false);
	}

	public Kind kind() {
		return kind;
	}

	/** Whether no further request to this server can succeed now. */
	public boolean isServerWide() {
		return kind == Kind.UNREACHABLE || kind == Kind.UNAUTHORIZED || kind == Kind.UNTRUSTED_CERTIFICATE;
	}
}
