package cc.enet.mailbox.core.credentials;

/**
 * An initial password kept for another server than the one asking: not handed over. Carries both servers so the
 * caller can say it in the user's language.
 */
public final class PasswordGivenElsewhereException extends CredentialException {

	private static final long serialVersionUID = 1L;

	private final String address;
	private final String givenTo;
	private final String asking;

	PasswordGivenElsewhereException(String address, String givenTo, String asking) {
		super("the initial password of " + address + " was given to server " + givenTo + ", not to server " + asking
				+ ": not sent; import the mailbox again with a password column to give it to this server");
		this.address = address;
		this.givenTo = givenTo;
		this.asking = asking;
	}

	public String address() {
		return address;
	}

	/** "'NAME' at scheme://host:port pin ..." of the server the password was first sent to. */
	public String givenTo() {
		return givenTo;
	}

	/** The same for the server that asked now. */
	public String asking() {
		return asking;
	}
}
