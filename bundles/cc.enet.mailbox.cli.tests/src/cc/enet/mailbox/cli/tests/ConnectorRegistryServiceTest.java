package cc.enet.mailbox.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.cli.MailboxCommandLine;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.ConnectorRegistry;

/**
 * The command line finds connectors through the connector bundle's registry component: one registered later is seen,
 * one gone is not.
 */
class ConnectorRegistryServiceTest {

	@Test
	void aConnectorRegisteredOrRemovedWhileRunningIsSeenAtOnce() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(MailboxCommandLine.class).getBundleContext();
		ServiceReference<ConnectorRegistry> reference = context.getServiceReference(ConnectorRegistry.class);
		assertNotNull(reference, "the DS component is registered");
		ConnectorRegistry registry = context.getService(reference);
		try {
			assertSame(registry, ConnectorRegistry.running(), "./mailbox uses the component");
			assertEquals(Optional.empty(), registry.forKind("later"));
			ConnectorFactory later = new ConnectorFactory() {
				@Override
				public String kind() {
					return "later";
				}

				@Override
				public Connector open(MailServer server, char[] secret) {
					throw new UnsupportedOperationException();
				}
			};
			ServiceRegistration<ConnectorFactory> registration = context.registerService(ConnectorFactory.class, later, null);
			assertTrue(registry.forKind("later").isPresent(), "a connector started later");
			assertTrue(registry.kinds().contains("later"), "its kind is offered");
			registration.unregister();
			assertEquals(Optional.empty(), registry.forKind("later"), "a connector stopped");
			assertFalse(registry.kinds().contains("later"), "its kind is no longer offered");
		} finally {
			context.ungetService(reference);
		}
	}
}
