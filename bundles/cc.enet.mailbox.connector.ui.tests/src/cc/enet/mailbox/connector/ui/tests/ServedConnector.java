package cc.enet.mailbox.connector.ui.tests;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorFactory;

/**
 * A test's own connector, offered to the console as an OSGi service of server kind {@code kind} for the test class's
 * run, as a real connector bundle offers its kind: servers of that kind open it, with no secret.
 */
final class ServedConnector implements BeforeAllCallback, AfterAllCallback {

	private final String kind;
	private final Connector connector;
	private ServiceRegistration<ConnectorFactory> registration;

	ServedConnector(String kind, Connector connector) {
		this.kind = kind;
		this.connector = connector;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		var bundle = FrameworkUtil.getBundle(ServedConnector.class).getBundleContext();
		registration = bundle.registerService(ConnectorFactory.class, new ConnectorFactory() {
			@Override
			public String kind() {
				return kind;
			}

			@Override
			public boolean takesSecret(MailServer server) {
				return false;
			}

			@Override
			public Connector open(MailServer server, char[] secret) {
				return connector;
			}
		}, null);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (registration != null) {
			registration.unregister();
		}
	}
}
