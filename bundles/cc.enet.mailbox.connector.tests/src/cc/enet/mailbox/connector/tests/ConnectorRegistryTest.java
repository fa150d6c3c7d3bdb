package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.ConnectorRegistry;

/** The registry built by hand, as the command line's tests and the benchmarks use it outside OSGi. */
class ConnectorRegistryTest {

	@Test
	void findsEachFactoryByItsKindAndListsTheKindsSorted() {
		ConnectorFactory stack = kind("stack");
		ConnectorFactory james = kind("james");
		ConnectorRegistry registry = ConnectorRegistry.of(stack, james);

		assertSame(james, registry.forKind("james").orElseThrow());
		assertSame(stack, registry.forKind("stack").orElseThrow());
		assertTrue(registry.forKind("exchange").isEmpty(), "a kind no connector serves");
		assertEquals(List.of("james", "stack"), registry.kinds());
	}

	@Test
	void anEmptyRegistryServesNoKind() {
		ConnectorRegistry registry = new ConnectorRegistry();
		assertTrue(registry.forKind("james").isEmpty());
		assertEquals(List.of(), registry.kinds());
	}

	private static ConnectorFactory kind(String kind) {
		return new ConnectorFactory() {
			@Override
			public String kind() {
				return kind;
			}

			@Override
			public Connector open(MailServer server, char[] secret) {
				throw new UnsupportedOperationException();
			}
		};
	}
}
