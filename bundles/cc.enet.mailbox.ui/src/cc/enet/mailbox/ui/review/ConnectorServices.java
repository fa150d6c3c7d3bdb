package cc.enet.mailbox.ui.review;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import cc.enet.mailbox.connector.ConnectorFactory;

/** The connector factories registered as OSGi services (one per server kind), tracked while the UI bundle runs. */
public final class ConnectorServices {

	private static ServiceTracker<ConnectorFactory, ConnectorFactory> tracker;

	private ConnectorServices() {
	}

	/** The factory for {@code kind}, or empty when no connector bundle serves it. */
	public static synchronized Optional<ConnectorFactory> forKind(String kind) {
		if (tracker == null) {
			Bundle bundle = FrameworkUtil.getBundle(ConnectorServices.class);
			BundleContext context = bundle == null ? null : bundle.getBundleContext();
			if (context == null) {
				return Optional.empty();
			}
			tracker = new ServiceTracker<>(context, ConnectorFactory.class, null);
			tracker.open();
		}
		ConnectorFactory[] factories = tracker.getServices(new ConnectorFactory[0]);
		for (ConnectorFactory factory : factories) {
			if (factory.kind().equals(kind)) {
				return Optional.of(factory);
			}
		}
		return Optional.empty();
	}
}
