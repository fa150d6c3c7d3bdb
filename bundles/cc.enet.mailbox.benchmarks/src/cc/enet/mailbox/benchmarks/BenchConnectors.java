package cc.enet.mailbox.benchmarks;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.connector.dovecot.DovecotConnectorFactory;
import cc.enet.mailbox.connector.james.JamesConnectorFactory;

/** The product's connectors for the benchmarks, which run on a plain class path where no Declarative Services fill the registry. */
final class BenchConnectors {

	private static final ConnectorRegistry REGISTRY = ConnectorRegistry.of(new JamesConnectorFactory(), new DovecotConnectorFactory());

	private BenchConnectors() {
	}

	/** The factory for the server's kind, as ./mailbox finds it. */
	static ConnectorFactory of(MailServer server) {
		return REGISTRY.forKind(server.getKind())
				.orElseThrow(() -> new IllegalStateException("no connector for the kind " + server.getKind()));
	}
}
