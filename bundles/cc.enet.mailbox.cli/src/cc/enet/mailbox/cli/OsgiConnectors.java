package cc.enet.mailbox.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** For the ./mailbox application, which is no component itself: the {@link DeclaredConnectors} of the product. */
final class OsgiConnectors {

	private OsgiConnectors() {
	}

	static ConnectorRegistry registry() {
		Bundle bundle = FrameworkUtil.getBundle(OsgiConnectors.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		ServiceReference<ConnectorRegistry> reference = context == null ? null : context.getServiceReference(ConnectorRegistry.class);
		ConnectorRegistry registry = reference == null ? null : context.getService(reference);
		return registry == null ? ConnectorRegistry.none() : registry;
	}
}
