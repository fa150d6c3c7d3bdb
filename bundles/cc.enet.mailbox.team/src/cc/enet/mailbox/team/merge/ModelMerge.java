package cc.enet.mailbox.team.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.ServerState;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.Addresses;

/**
 * Merges what the others pushed ("theirs") into this clone's workspace ("mine") field by field against the common
 * base, as a plan does against a server: a field only one side changed takes that side's value; a field both
 * changed to different values is a {@link MergeConflict}, settled only by a decision. Objects in lists are matched
 * by what names them (a mailbox by its address, a domain by its name, a customer by its id), so two staff adding
 * different mailboxes to one domain both keep theirs; an object one side removed and the other changed is a
 * conflict too. A list of values (forwarding targets, allow entries) is one field, as on a server.
 *
 * <p>Works on {@code mine} in place: when {@link #unresolved()} is not empty the caller throws it away.
 */
public final class ModelMerge {

	private final MergeDecisions decisions;
	private final List<MergeConflict> conflicts = new ArrayList<>();
	private final List<MergeConflict> unresolved = new ArrayList<>();
	private int taken;

	public ModelMerge(MergeDecisions decisions) {
		this.decisions = decisions;
	}

	/** @param base the common ancestor (null when both sides made the workspace on their own) */
	public ModelMerge merge(Workspace base, Workspace mine, Workspace theirs) {
		mergeObject(base, mine, theirs, "workspace", "");
		return this;
	}

	/** Every conflict found, decided or not. */
	public List<MergeConflict> conflicts() {
		return conflicts;
	}

	/** The conflicts without a decision: while any is left, the merge must not be kept. */
	public List<MergeConflict> unresolved() {
		return unresolved;
	}

	/** How many fields and objects were taken from theirs. */
	public int taken() {
		return taken;
	}

	private void mergeObject(EObject base, EObject mine, EObject theirs, String place, String path) {
		for (EStructuralFeature feature : mine.eClass().getEAllStructuralFeatures()) {
			if (!merged(feature)) {
				continue;
			}
			String field = path + feature.getName();
			if (feature instanceof EAttribute) {
				mergeValue(base, mine, theirs, feature, place, field);
			} else if (feature.isMany()) {
				mergeList(base, mine, theirs, (EReference) feature, place, field);
			} else {
				EObject b = base == null ? null : (EObject) base.eGet(feature);
				EObject m = (EObject) mine.eGet(feature);
				EObject t = (EObject) theirs.eGet(feature);
				mergeChild(b, m, t, place, field, () -> mine.eSet(feature, EcoreUtil.copy(t)), () -> mine.eUnset(feature));
			}
		}
	}

	/** Stored fields and contained objects; not the derived ones nor the way back to a container. */
	static boolean merged(EStructuralFeature feature) {
		if (feature.isDerived() || feature.isTransient() || !feature.isChangeable()) {
			return false;
		}
		return feature instanceof EAttribute || ((EReference) feature).isContainment();
	}

	private void mergeValue(EObject base, EObject mine, EObject theirs, EStructuralFeature feature, String place,
			String field) {
		Object b = base == null ? null : base.eGet(feature);
		Object m = mine.eGet(feature);
		Object t = theirs.eGet(feature);
		if (Objects.equals(m, t)) {
			return;
		}
		if (base != null && Objects.equals(b, m)) {
			set(mine, feature, t);
			return;
		}
		if (base != null && Objects.equals(b, t)) {
			return;
		}
		MergeConflict conflict = new MergeConflict(place, field, base == null ? "-" : show(b), show(m), show(t));
		if (decide(conflict) == MergeDecisions.Take.THEIRS) {
			set(mine, feature, t);
		}
	}

	@SuppressWarnings("unchecked")
	private void set(EObject mine, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			EList<Object> list = (EList<Object>) mine.eGet(feature);
			list.clear();
			list.addAll((Collection<Object>) value);
		} else {
			mine.eSet(feature, value);
		}
		taken++;
	}

	@SuppressWarnings("unchecked")
	private void mergeList(EObject base, EObject mine, EObject theirs, EReference feature, String place, String field) {
		Map<String, EObject> b = base == null ? Map.of() : keyed((List<EObject>) base.eGet(feature));
		EList<EObject> mineList = (EList<EObject>) mine.eGet(feature);
		Map<String, EObject> m = keyed(mineList);
		Map<String, EObject> t = keyed((List<EObject>) theirs.eGet(feature));
		List<String> keys = new ArrayList<>(m.keySet());
		t.keySet().stream().filter(k -> !m.containsKey(k)).forEach(keys::add);
		for (String key : keys) {
			EObject bo = b.get(key);
			EObject mo = m.get(key);
			EObject to = t.get(key);
			String childPlace = placeOf(mo != null ? mo : to, place);
			String childPath = childPlace.equals(place) ? field + "[" + key + "]" : MergeConflict.EXISTS;
			mergeChild(bo, mo, to, childPlace, childPath, () -> mineList.add(EcoreUtil.copy(to)), () -> mineList.remove(mo));
		}
	}

	private void mergeChild(EObject base, EObject mine, EObject theirs, String place, String path, Runnable addTheirs,
			Runnable removeMine) {
		if (mine != null && theirs != null) {
			boolean own = !path.equals(MergeConflict.EXISTS);
			mergeObject(base, mine, theirs, place, own ? path + "." : "");
		} else if (mine != null) {
			if (base != null) { // they removed it
				if (same(base, mine)) {
					removeMine.run();
					taken++;
				} else if (decide(new MergeConflict(place, path, "yes", "yes (changed)", "no (removed)")) == MergeDecisions.Take.THEIRS) {
					removeMine.run();
					taken++;
				}
			}
		} else if (theirs != null) {
			if (base == null) { // they added it
				addTheirs.run();
				taken++;
			} else if (!same(base, theirs)
					&& decide(new MergeConflict(place, path, "yes", "no (removed)", "yes (changed)")) == MergeDecisions.Take.THEIRS) {
				addTheirs.run();
				taken++;
			}
		}
	}

	private MergeDecisions.Take decide(MergeConflict conflict) {
		conflicts.add(conflict);
		MergeDecisions.Take take = decisions.decision(conflict);
		if (take == null) {
			unresolved.add(conflict);
		}
		return take;
	}

	/** The place a contained object is shown under: its own name for the objects staff know, else its container's. */
	private static String placeOf(EObject object, String containerPlace) {
		if (object instanceof Mailbox mailbox) {
			return Addresses.key(mailbox.getAddress());
		}
		if (object instanceof Domain domain) {
			return domain.getName() == null ? "?" : domain.getName().toLowerCase(Locale.ROOT);
		}
		if (object instanceof Customer customer) {
			return "customer " + customer.getId();
		}
		if (object instanceof MailServer server) {
			return "server " + server.getName();
		}
		return containerPlace;
	}

	/** What names an object in its list; the same name twice gets a running number, so nothing is lost. */
	static Map<String, EObject> keyed(List<EObject> objects) {
		Map<String, EObject> keyed = new LinkedHashMap<>();
		for (int i = 0; i < objects.size(); i++) {
			EObject object = objects.get(i);
			String key = keyOf(object, i);
			String unique = key;
			for (int n = 2; keyed.containsKey(unique); n++) {
				unique = key + "#" + n;
			}
			keyed.put(unique, object);
		}
		return keyed;
	}

	private static String keyOf(EObject object, int index) {
		String key = null;
		if (object instanceof Mailbox mailbox) {
			key = mailbox.getAddress() == null ? null : Addresses.key(mailbox.getAddress());
		} else if (object instanceof Domain domain) {
			key = domain.getName() == null ? null : domain.getName().toLowerCase(Locale.ROOT);
		} else if (object instanceof Customer customer) {
			key = customer.getId();
		} else if (object instanceof MailServer server) {
			key = server.getName();
		} else if (object instanceof ServiceEndpoint endpoint) {
			key = String.valueOf(endpoint.getProtocol());
		} else if (object instanceof ServerState state) {
			key = state.getServer();
		}
		return key == null ? "#" + index : key;
	}

	/** Equal in every merged field, lists of objects matched by name. */
	@SuppressWarnings("unchecked")
	static boolean same(EObject a, EObject b) {
		if (a == null || b == null) {
			return a == b;
		}
		if (a.eClass() != b.eClass()) {
			return false;
		}
		for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
			if (!merged(feature)) {
				continue;
			}
			if (feature instanceof EAttribute) {
				if (!Objects.equals(a.eGet(feature), b.eGet(feature))) {
					return false;
				}
			} else if (feature.isMany()) {
				Map<String, EObject> x = keyed((List<EObject>) a.eGet(feature));
				Map<String, EObject> y = keyed((List<EObject>) b.eGet(feature));
				if (!x.keySet().equals(y.keySet()) || x.keySet().stream().anyMatch(k -> !same(x.get(k), y.get(k)))) {
					return false;
				}
			} else if (!same((EObject) a.eGet(feature), (EObject) b.eGet(feature))) {
				return false;
			}
		}
		return true;
	}

	private static String show(Object value) {
		if (value == null) {
			return "-";
		}
		if (value instanceof Collection<?> list) {
			return list.isEmpty() ? "-" : String.join(";", list.stream().map(String::valueOf).toList());
		}
		return value.toString();
	}
}
