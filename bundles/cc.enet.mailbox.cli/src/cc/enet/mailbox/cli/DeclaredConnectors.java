package cc.enet.mailbox.cli;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import cc.enet.mailbox.connector.ConnectorFactory;

/**
 * The connectors of the running product (one per server kind), kept current by Declarative Services through a
 * dynamic reference: a connector bundle started or stopped meanwhile is seen by the next command.
 */
@Component(service = ConnectorRegistry.class)
public final class DeclaredConnectors implements ConnectorRegistry {

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	private volatile List<ConnectorFactory> factories = List.of();

	@Override
	public Optional<ConnectorFactory> forKind(String kind) {
		return factories.stream().filter(f -> f.kind().equals(kind)).findFirst();
	}
}
