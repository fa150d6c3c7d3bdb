package cc.enet.mailbox.connector;

import java.util.Locale;

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
	private final ConnectorText text;
	/** Worth asking again within the change's deadline: a 5xx answer, or a write the server did not keep. */
	private final boolean transientFailure;

	public ConnectorException(Kind kind, ConnectorText text) {
		this(kind, text, null, false);
	}

	public ConnectorException(Kind kind, ConnectorText text, Throwable cause) {
		this(kind, text, cause, false);
	}

	public ConnectorException(Kind kind, ConnectorText text, Throwable cause, boolean transientFailure) {
		super(text.toString(), cause);
		this.kind = kind;
		this.text = text;
		this.transientFailure = transientFailure;
	}

	/** A message that needs no translation (a server's own words). */
	public ConnectorException(Kind kind, String message) {
		this(kind, ConnectorText.verbatim(message), null, false);
	}

	public ConnectorException(Kind kind, String message, Throwable cause) {
		this(kind, ConnectorText.verbatim(message), cause, false);
	}

	public ConnectorException(Kind kind, String message, Throwable cause, boolean transientFailure) {
		this(kind, ConnectorText.verbatim(message), cause, transientFailure);
	}

	public boolean isTransient() {
		return transientFailure;
	}

	/** What went wrong, in the given language ({@link #getMessage()} is English, for logs). */
	public ConnectorText text() {
		return text;
	}

	public String getMessage(Locale locale) {
		return text.in(locale);
	}

	/** In the default locale, which the console sets from -nl. */
	@Override
	public String getLocalizedMessage() {
		return text.in(Locale.getDefault());
	}

	public Kind kind() {
		return kind;
	}

	/** Whether no further request to this server can succeed now. */
	public boolean isServerWide() {
		return kind == Kind.UNREACHABLE || kind == Kind.UNAUTHORIZED || kind == Kind.UNTRUSTED_CERTIFICATE;
	}
}
