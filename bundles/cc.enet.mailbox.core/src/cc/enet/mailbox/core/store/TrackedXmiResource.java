package cc.enet.mailbox.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

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

	/**
	 * A customer file whose exact bytes the workspace cache knows is filled from the cache's binary copy instead of
	 * being parsed; any other file (and any entry that fails to decode) is parsed as XML, and noted for the cache.
	 */
	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		WorkspaceCache cache = options == null ? null : (WorkspaceCache) options.get(WorkspaceCache.OPTION);
		if (cache == null || !(inputStream instanceof ConfinedUriConverter.HashedContent content)) {
			super.doLoad(inputStream, options);
			return;
		}
		byte[] binary = cache.payload(content.hash());
		if (binary != null) {
			try {
				BinaryCustomerFile.decode(binary, this);
				cache.used();
				return;
			} catch (IOException | RuntimeException e) {
				getContents().clear(); // not what the file says after all: read the file
			}
		}
		super.doLoad(inputStream, options);
		if (getErrors().isEmpty()) {
			cache.noteParsed(content.hash(), this);
		}
	}

	/**
	 * Turning tracking on puts the adapter on every object of the file with a plain walk over the containments
	 * (EMF's tree iterator costs more than the adapters themselves at 100,000 mailboxes); safe on a loading thread,
	 * since only this file's objects are touched.
	 */
	@Override
	public void setTrackingModification(boolean isTrackingModification) {
		if (!isTrackingModification || modificationTrackingAdapter != null || eNotificationRequired()) {
			super.setTrackingModification(isTrackingModification);
			return;
		}
		modificationTrackingAdapter = createModificationTrackingAdapter();
		for (EObject object : getContents()) {
			ContentWalk.addToProperContents(object, modificationTrackingAdapter);
		}
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
