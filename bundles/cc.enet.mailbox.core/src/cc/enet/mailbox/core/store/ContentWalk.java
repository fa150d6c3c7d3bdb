package cc.enet.mailbox.core.store;

import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Puts an adapter on an object and everything it contains within the same file, as EMF's proper-contents walk
 * does, without resolving proxies. Reads only each class's containment list, which {@link #prepare} builds before
 * loading threads share the classes.
 */
final class ContentWalk {

	private ContentWalk() {
	}

	/** Builds the tables of the package's classes the walk reads (EMF builds them lazily, unsynchronised). */
	static void prepare(EPackage ePackage) {
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				for (EReference containment : eClass.getEAllContainments()) {
					eClass.getFeatureID(containment);
				}
			}
		}
	}

	static void addToProperContents(EObject object, Adapter adapter) {
		object.eAdapters().add(adapter);
		for (EReference containment : object.eClass().getEAllContainments()) {
			if (!object.eIsSet(containment)) {
				continue; // an empty list is not made just to be walked
			}
			Object value = object.eGet(containment, false);
			if (value instanceof InternalEList<?> children) {
				for (int i = 0, size = children.size(); i < size; i++) {
					addIfProper(children.basicGet(i), adapter);
				}
			} else if (value instanceof List<?> children) {
				for (Object child : children) {
					addIfProper(child, adapter);
				}
			} else {
				addIfProper(value, adapter);
			}
		}
	}

	/** Children held in a file of their own (a customer under the root) carry that file's adapter instead. */
	private static void addIfProper(Object child, Adapter adapter) {
		if (child instanceof InternalEObject object && object.eDirectResource() == null) {
			addToProperContents(object, adapter);
		}
	}
}
