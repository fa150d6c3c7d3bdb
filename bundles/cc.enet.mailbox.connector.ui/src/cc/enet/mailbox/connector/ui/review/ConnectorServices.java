package cc.enet.mailbox.connector.ui.review;

import java.util.List;
import java.util.Optional;

import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.ConnectorRegistry;

/** The console's pages and jobs ask the product's {@link ConnectorRegistry} (the connector bundle's component). */
public final class ConnectorServices {

	private ConnectorServices() {
	}

	/** The factory for {@code kind}, or empty when no connector bundle serves it. */
	public static Optional<ConnectorFactory> forKind(String kind) {
		return ConnectorRegistry.running().forKind(kind);
	}

	/** The kinds the running connectors serve, sorted. */
	public static List<String> kinds() {
		return ConnectorRegistry.running().kinds();
	}
}
