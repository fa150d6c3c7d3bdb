package cc.enet.mailbox.connector;

/** The settings of a mailbox a server may hold, named the same for every server. */
public enum Field {
	/** The account itself (and its initial password). */
	ACCOUNT,
	QUOTA,
	/** Destinations and keep-a-copy. */
	FORWARDING,
	/** Allow and deny lists of addresses and domains. */
	ALLOW_DENY,
	REJECT_VIRUS,
	REJECT_SPAM,
	DISPLAY_NAME,
	SEND_ENCODING;

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
