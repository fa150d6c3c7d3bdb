package cc.enet.mailbox.connector.james;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;

/** Servers of kind "james": Apache James through its WebAdmin REST API. */
@Component(service = ConnectorFactory.class)
public final class JamesConnectorFactory implements ConnectorFactory {

	public static final String KIND = "james";
	/** Setting {@code auth=none}: a WebAdmin without JWT authentication (the embedded demo server). */
	public static final String AUTH = "auth";

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<String> settings() {
		return List.of(AUTH);
	}

	@Override
	public boolean takesSecret(MailServer server) {
		return !"none".equalsIgnoreCase(ConnectorFactory.settingsOf(server).get(AUTH));
	}

	@Override
	public Connector open(MailServer server, char[] secret) throws ConnectorException {
		return new JamesConnector(WebAdmin.open(server.getName(), server.getUrl(), server.getPinnedCertificateSha256(), secret));
	}
}
