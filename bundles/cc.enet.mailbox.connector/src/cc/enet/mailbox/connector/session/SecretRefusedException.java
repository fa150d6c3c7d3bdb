package cc.enet.mailbox.connector.session;

/**
 * A secret in secure storage was given for another address or pinned certificate of the server: the workspace's
 * URL or pin changed, or someone sent the workspace. It is not sent; the caller asks again and says why.
 */
public final class SecretRefusedException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String storedAs;
	private final String storedFor;
	private final String wanted;

	public SecretRefusedException(String storedAs, String storedFor, String wanted) {
		super("the secret " + storedAs + " was given for " + storedFor + ", not for " + wanted);
		this.storedAs = storedAs;
		this.storedFor = storedFor;
		this.wanted = wanted;
	}

	public String storedAs() {
		return storedAs;
	}

	public String storedFor() {
		return storedFor;
	}

	public String wanted() {
		return wanted;
	}
}
