package cc.enet.mailbox.cli;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import cc.enet.mailbox.connector.ConnectorFactory;

/** The connectors registered as Declarative Services in the running product. */
final class OsgiConnectors implements ConnectorRegistry {

	@Override
	public Optional<ConnectorFactory> forKind(String kind) {
		Bundle bundle = FrameworkUtil.getBundle(OsgiConnectors.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return Optional.empty();
		}
		try {
			for (ServiceReference<ConnectorFactory> ref : context.getServiceReferences(ConnectorFactory.class, null)) {
				ConnectorFactory factory = context.getService(ref);
				if (factory != null && factory.kind().equals(kind)) {
					return Optional.of(factory);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return Optional.empty();
	}
}
