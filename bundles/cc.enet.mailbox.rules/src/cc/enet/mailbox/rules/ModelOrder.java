package cc.enet.mailbox.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Compares two objects of one tree by where a full walk meets them (pre-order), as a full validation does. */
final class ModelOrder {

	private ModelOrder() {
	}

	static int compare(EObject a, EObject b) {
		List<int[]> pathA = path(a);
		List<int[]> pathB = path(b);
		for (int i = 0; i < Math.min(pathA.size(), pathB.size()); i++) {
			int[] x = pathA.get(i);
			int[] y = pathB.get(i);
			int c = x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]);
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(pathA.size(), pathB.size());
	}

	/** From the root down: per step the containing feature's position in its class and the index in it. */
	private static List<int[]> path(EObject object) {
		List<int[]> path = new ArrayList<>();
		for (EObject o = object; o.eContainer() != null; o = o.eContainer()) {
			EStructuralFeature feature = o.eContainingFeature();
			int index = 0;
			if (feature.isMany()) {
				index = ((List<?>) o.eContainer().eGet(feature)).indexOf(o);
			}
			path.add(0, new int[] { o.eContainer().eClass().getFeatureID(feature), index });
		}
		return path;
	}
}
