package cc.enet.mailbox.connector.dovecot;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.Secrets;

/** Servers of kind "dovecot": Postfix + Dovecot on PostgreSQL, over JDBC and ManageSieve. */
@Component(service = ConnectorFactory.class)
public final class DovecotConnectorFactory implements ConnectorFactory {

	public static final String KIND = "dovecot";

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<String> settings() {
		return DovecotSettings.KEYS;
	}

	@Override
	public List<String> secretKeys() {
		return DovecotSettings.SECRET_KEYS;
	}

	/** The one-string form "DEFAULT=a MANAGESIEVE=b DOVEADM=c" is split into the named secrets. */
	@Override
	public Connector open(MailServer server, char[] secret) throws ConnectorException {
		return open(server, Secrets.parse(secret));
	}

	@Override
	public Connector open(MailServer server, Secrets secrets) throws ConnectorException {
		return new DovecotConnector(DovecotSettings.of(server.getName(), server.getUrl(), ConnectorFactory.settingsOf(server),
				server.getPinnedCertificateSha256(), secrets));
	}
}
