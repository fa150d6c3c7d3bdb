package cc.enet.mailbox.connector.ui.review;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import cc.enet.mailbox.connector.ConnectorFactory;

/**
 * The connector factories registered as OSGi services (one per server kind), given to the console by Declarative
 * Services as they come and go (a dynamic reference): a connector bundle started or stopped while the console runs
 * is seen at once. The console's pages and jobs ask through the static methods.
 */
@Component(service = ConnectorServices.class, immediate = true)
public final class ConnectorServices {

	private static volatile ConnectorServices active;
	private final List<ConnectorFactory> factories = new CopyOnWriteArrayList<>();

	@Activate
	void activate() {
		active = this;
	}

	@Deactivate
	void deactivate() {
		active = null;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addFactory(ConnectorFactory factory) {
		factories.add(factory);
	}

	void removeFactory(ConnectorFactory factory) {
		factories.remove(factory);
	}

	/** The factory for {@code kind}, or empty when no connector bundle serves it. */
	public static Optional<ConnectorFactory> forKind(String kind) {
		return factories().stream().filter(f -> f.kind().equals(kind)).findFirst();
	}

	/** The kinds the running connectors serve, sorted. */
	public static List<String> kinds() {
		return factories().stream().map(ConnectorFactory::kind).sorted().toList();
	}

	private static List<ConnectorFactory> factories() {
		ConnectorServices services = active;
		return services == null ? List.of() : List.copyOf(services.factories);
	}
}
