package cc.enet.mailbox.connector;

import cc.enet.mailbox.MailServer;

/** Registered as an OSGi service (Declarative Services) per server kind, e.g. "james". */
public interface ConnectorFactory {

	/** The {@link MailServer#getKind()} this factory serves. */
	String kind();

	/**
	 * Opens a session; does not contact the server yet.
	 *
	 * @param secret the server's credential (a token or password), or null when it takes none
	 */
	Connector open(MailServer server, char[] secret) throws ConnectorException;
}
