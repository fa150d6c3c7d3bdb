package cc.enet.mailbox.core.store;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An XMI file that marks itself modified only for changes to its own objects. EMF's tracking adapter also sits on
 * objects contained across files (the root contains every customer), so one changed mailbox would mark the root
 * too and a save would serialize it with all its customer references; here it does not.
 */
final class TrackedXmiResource extends XMIResourceImpl {

	static final Resource.Factory FACTORY = new XMIResourceFactoryImpl() {
		@Override
		public Resource createResource(URI uri) {
			return new TrackedXmiResource(uri);
		}
	};

	TrackedXmiResource(URI uri) {
		super(uri);
	}

	@Override
	protected Adapter createModificationTrackingAdapter() {
		return new ModificationTrackingAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				if (!(notification.getNotifier() instanceof EObject object) || object.eResource() == TrackedXmiResource.this) {
					super.notifyChanged(notification);
				}
			}
		};
	}
}
