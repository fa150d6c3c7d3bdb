package cc.enet.mailbox.connector.dovecot;

import org.osgi.service.component.annotations.Component;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;

/** Servers of kind "dovecot": Postfix + Dovecot on PostgreSQL, over JDBC and ManageSieve. */
@Component(service = ConnectorFactory.class)
public final class DovecotConnectorFactory implements ConnectorFactory {

	public static final String KIND = "dovecot";

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Connector open(MailServer server, char[] secret) throws ConnectorException {
		return new DovecotConnector(DovecotSettings.of(server.getName(), server.getUrl(), server.getPinnedCertificateSha256(), secret));
	}
}
