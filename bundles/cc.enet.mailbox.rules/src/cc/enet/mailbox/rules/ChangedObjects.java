package cc.enet.mailbox.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Collects what changed in a model tree, for {@link IncrementalValidation#update}: the object of every notification,
 * and the objects added to or removed from a containment. Attach it to the workspace root; {@link #drain()} hands the
 * objects over and starts a new collection. Notifications may come on any thread.
 */
public final class ChangedObjects extends EContentAdapter {

	private Set<EObject> changed = newSet();

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification); // keeps the adapter on added contents
		if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER) {
			return;
		}
		synchronized (this) {
			if (notification.getNotifier() instanceof EObject object) {
				changed.add(object);
			}
			if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
				add(notification.getOldValue());
				add(notification.getNewValue());
			}
		}
	}

	private void add(Object value) {
		if (value instanceof EObject object) {
			changed.add(object);
		} else if (value instanceof Collection<?> many) {
			for (Object each : many) {
				add(each);
			}
		}
	}

	/** What changed since the last call. */
	public synchronized List<EObject> drain() {
		List<EObject> drained = List.copyOf(changed);
		changed = newSet();
		return drained;
	}

	/** Puts objects back, when a validation that took them could not finish. */
	public synchronized void restore(Collection<? extends EObject> objects) {
		changed.addAll(objects);
	}

	private static Set<EObject> newSet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}
}
