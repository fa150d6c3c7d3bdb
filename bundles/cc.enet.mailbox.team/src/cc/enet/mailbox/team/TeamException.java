package cc.enet.mailbox.team;

import java.util.Locale;

/** A team operation that could not be done, and why, in the user's language; nothing half-done is left behind. */
public class TeamException extends Exception {

	private static final long serialVersionUID = 1L;

	public enum Kind {
		/** The remote's URL is not one the console talks to (not https or ssh, or plain http to another machine). */
		BAD_REMOTE,
		/** The folder is not a workspace, not a team workspace, or the target is not empty. */
		BAD_WORKSPACE,
		/** Share needs an empty remote; this one already holds a history. */
		REMOTE_NOT_EMPTY,
		/** The remote cannot be reached, or went away during the operation. */
		UNREACHABLE,
		/** The remote refused the credentials (or none are stored for its origin). */
		AUTH_REFUSED,
		/** An SSH remote presented a host key other than the one pinned for it (or none is pinned): nothing was sent. */
		HOST_KEY_REFUSED,
		/** An apply on a workspace that is not synchronized. */
		NOT_SYNCHRONIZED,
		CANCELLED
	}

	private final Kind kind;
	private final transient TeamText text;

	public TeamException(Kind kind, TeamText text, Throwable cause) {
		super(text.toString(), cause);
		this.kind = kind;
		this.text = text;
	}

	public TeamException(Kind kind, TeamText text) {
		this(kind, text, null);
	}

	public Kind kind() {
		return kind;
	}

	public String getMessage(Locale locale) {
		return text.in(locale);
	}
}
