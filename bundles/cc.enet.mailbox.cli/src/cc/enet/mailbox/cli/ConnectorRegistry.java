package cc.enet.mailbox.cli;

import java.util.Optional;

import cc.enet.mailbox.connector.ConnectorFactory;

/** The connectors the command line can use: the OSGi services in the product, a fixed set in tests. */
@FunctionalInterface
public interface ConnectorRegistry {

	Optional<ConnectorFactory> forKind(String kind);

	static ConnectorRegistry none() {
		return kind -> Optional.empty();
	}
}
