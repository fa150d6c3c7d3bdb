package cc.enet.mailbox.connector;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The connectors of the running product, one per server kind: the one place the command line, the Gogo commands and
 * the console ask for a server kind's factory. In the product it is a Declarative Services component with a dynamic
 * reference, so a connector bundle started or stopped meanwhile is seen by the next request; tests and benchmarks
 * outside OSGi build one with {@link #of(ConnectorFactory...)}.
 */
@Component(service = ConnectorRegistry.class)
public final class ConnectorRegistry {

	private final List<ConnectorFactory> factories = new CopyOnWriteArrayList<>();

	/** An empty registry; Declarative Services fills it as connector factories come. */
	public ConnectorRegistry() {
	}

	/** A fixed set of factories, for a command line or a benchmark that runs without OSGi services. */
	public static ConnectorRegistry of(ConnectorFactory... factories) {
		ConnectorRegistry registry = new ConnectorRegistry();
		registry.factories.addAll(List.of(factories));
		return registry;
	}

	/** The product's registry (the component), or an empty one where no OSGi framework runs it. */
	public static ConnectorRegistry running() {
		Bundle bundle = FrameworkUtil.getBundle(ConnectorRegistry.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		ServiceReference<ConnectorRegistry> reference = context == null ? null : context.getServiceReference(ConnectorRegistry.class);
		ConnectorRegistry registry = reference == null ? null : context.getService(reference);
		return registry == null ? new ConnectorRegistry() : registry;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addFactory(ConnectorFactory factory) {
		factories.add(factory);
	}

	void removeFactory(ConnectorFactory factory) {
		factories.remove(factory);
	}

	/** The factory for {@code kind}, or empty when no connector serves it. */
	public Optional<ConnectorFactory> forKind(String kind) {
		return factories.stream().filter(f -> f.kind().equals(kind)).findFirst();
	}

	/** The kinds the connectors serve, sorted. */
	public List<String> kinds() {
		return factories.stream().map(ConnectorFactory::kind).sorted().distinct().toList();
	}
}
