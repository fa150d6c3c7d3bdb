package cc.enet.mailbox.clientconfig;

import cc.enet.mailbox.Protocol;

/**
 * One server a client connects to. Only the host and port vary: a setup file is written only when the domain's
 * endpoint already follows the guide (SSL from the start, normal password, SMTP AUTH), so those are fixed.
 *
 * @param confirmed false for an IMAP host staff have not yet seen in the customer's webmail: the guide's likely host,
 *            printed as such with where to check it
 */
public record ServerSetting(Protocol protocol, String host, int port, boolean confirmed) {

	/** A host Enet notified (POP3, SMTP) or staff confirmed. */
	public ServerSetting(Protocol protocol, String host, int port) {
		this(protocol, host, port, true);
	}
}
