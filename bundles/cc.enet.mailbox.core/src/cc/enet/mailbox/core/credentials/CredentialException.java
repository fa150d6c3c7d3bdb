package cc.enet.mailbox.core.credentials;

/** The credential store could not be read or written. */
public class CredentialException extends Exception {
	private static final long serialVersionUID = 1L;

	public CredentialException(String message) {
		super(message);
	}

	public CredentialException(String message, Throwable cause) {
		super(message, cause);
	}
}
