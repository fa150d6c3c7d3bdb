package cc.enet.mailbox.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.WorkspaceWalk;

/**
 * The findings of a workspace kept current edit by edit: after a change only what it can affect is checked again,
 * and the result is always the same as a full {@link Validation#findings} of the workspace.
 * <p>
 * Findings are kept per unit: a mailbox with everything it contains, a domain with everything but its mailboxes,
 * any other object alone. What an edit can reach:
 * <ul>
 * <li>a mailbox unit: the mailbox itself; the mailboxes sharing its old or new address (mailbox.duplicate); every
 * mailbox from which the changed forwarding can be reached, since their loops may have opened or closed
 * (forward.loop);</li>
 * <li>a domain unit: the domain and all its mailboxes (their rules may read the domain, e.g. address.invalid);</li>
 * <li>anything else (a customer, the workspace, a server): that object and every domain and mailbox under it, so a
 * workspace-wide setting is checked everywhere.</li>
 * </ul>
 * Not thread-safe: one caller at a time, while nobody changes the model.
 */
public final class IncrementalValidation {

	private final EObject root;
	private final WorkspaceIndex index;
	/** Findings per unit, units in the order a full validation meets them (new units at the end). */
	private final Map<EObject, List<Finding>> byUnit = new LinkedHashMap<>();
	/** The address key and the forwarding target keys each mailbox is filed under, as of the last update. */
	private final Map<Mailbox, String> filedKey = new IdentityHashMap<>();
	private final Map<Mailbox, List<String>> filedTargets = new IdentityHashMap<>();
	/**
	 * Target key to the mailboxes forwarding to it (who may be in a loop through a mailbox): a Mailbox, or a list
	 * of them when several forward to one address. Most targets have one forwarder; 100,000 mailboxes forward to
	 * some 450,000 addresses, so a set per key would cost tens of MB.
	 */
	private final Map<String, Object> forwardersTo = new HashMap<>();
	/** Target key to the addresses the server forwards to it: loops may run through those too. */
	private final Map<String, Set<String>> serverForwardersTo;
	private int lastChecked;

	/** Validates all of {@code root} (the workspace) once. */
	public IncrementalValidation(EObject root) {
		this(root, ServerForwards.NONE);
	}

	/** Validates all of {@code root} once, loops followed through {@code server}'s forwarding as well. */
	public IncrementalValidation(EObject root, ServerForwards server) {
		this.root = root;
		this.index = WorkspaceIndex.of(root, server);
		this.serverForwardersTo = server.forwardersByTarget();
		index.loopThrough(null); // finds every loop now: later edits only refresh their part
		checkUnit(root);
		for (var contents = root.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			if (isUnitRoot(object)) {
				checkUnit(object);
				if (object instanceof Mailbox mailbox) {
					file(mailbox);
				}
			}
		}
		lastChecked = byUnit.size();
	}

	/** The current findings, units in model order (new ones last), each unit's findings in model order. */
	public List<Finding> findings() {
		List<Finding> all = new ArrayList<>();
		byUnit.values().forEach(all::addAll);
		return all;
	}

	/** How many units the last update (or the first validation) checked; for the benchmark. */
	public int lastChecked() {
		return lastChecked;
	}

	/**
	 * Brings the findings up to date after {@code changed} objects changed: every notifier of a notification, and
	 * the objects added to or removed from a containment (see {@link ChangedObjects}).
	 */
	public List<Finding> update(Collection<? extends EObject> changed) {
		Set<EObject> units = identitySet();
		Set<Mailbox> gone = identitySet();
		for (EObject object : changed) {
			if (EcoreUtil.getRootContainer(object) != root) {
				forget(object, gone);
			} else {
				collectUnits(object, units);
			}
		}
		Set<Mailbox> loopStarts = identitySet();
		Set<String> touchedKeys = new HashSet<>();
		for (Mailbox mailbox : gone) {
			String key = filedKey.remove(mailbox);
			index.remove(mailbox, key);
			touchedKeys.add(key);
			unfileTargets(mailbox);
			loopStarts.add(mailbox);
		}
		for (EObject unit : units) {
			if (unit instanceof Mailbox mailbox) {
				refile(mailbox, touchedKeys);
				loopStarts.add(mailbox);
			}
		}
		for (String key : touchedKeys) {
			units.addAll(index.mailboxes(key)); // mailbox.duplicate on every holder of an address that moved
			loopStarts.addAll(forwardersTo(key)); // their forwarding now reaches another
		}
		for (Mailbox mailbox : index.refreshLoops(reachingAny(loopStarts))) {
			if (filedKey.containsKey(mailbox)) {
				units.add(mailbox);
			}
		}
		for (EObject unit : units) {
			checkUnit(unit);
		}
		lastChecked = units.size();
		return findings();
	}

	/** The unit of {@code object}, and the units it takes with it. */
	private void collectUnits(EObject object, Set<EObject> units) {
		EObject unit = unitOf(object);
		units.add(unit);
		if (unit instanceof Domain domain) {
			units.addAll(domain.getMailboxes());
		} else if (unit instanceof MailServer && root instanceof Workspace workspace) {
			units.addAll(WorkspaceWalk.domains(workspace)); // a renamed server or its host names move domains (domain.server)
		} else if (!(unit instanceof Mailbox)) {
			for (var contents = unit.eAllContents(); contents.hasNext();) {
				EObject inner = contents.next();
				if (isUnitRoot(inner)) {
					units.add(inner);
				}
			}
		}
	}

	/** Drops the findings of everything under a detached object; its mailboxes leave the index. */
	private void forget(EObject object, Set<Mailbox> gone) {
		List<EObject> all = new ArrayList<>();
		all.add(object);
		object.eAllContents().forEachRemaining(all::add);
		for (EObject each : all) {
			byUnit.remove(each);
			if (each instanceof Mailbox mailbox && filedKey.containsKey(mailbox)) {
				gone.add(mailbox);
			}
		}
	}

	private void file(Mailbox mailbox) {
		filedKey.put(mailbox, Addresses.key(mailbox.getAddress()));
		fileTargets(mailbox);
	}

	/** Files a changed or new mailbox under its current address and targets; notes the address keys that moved. */
	private void refile(Mailbox mailbox, Set<String> touchedKeys) {
		String key = Addresses.key(mailbox.getAddress());
		String old = filedKey.put(mailbox, key);
		if (old == null) {
			index.insert(mailbox);
			touchedKeys.add(key);
		} else if (!old.equals(key) || index.mailboxes(key).size() > 1) {
			// A new address, or one shared: the first holder in model order may be another one now.
			index.remove(mailbox, old);
			index.insert(mailbox);
			touchedKeys.add(old);
			touchedKeys.add(key);
		}
		if (!targetKeys(mailbox).equals(filedTargets.get(mailbox))) {
			unfileTargets(mailbox);
			fileTargets(mailbox);
		}
	}

	private void fileTargets(Mailbox mailbox) {
		List<String> targets = targetKeys(mailbox);
		filedTargets.put(mailbox, targets);
		for (String target : targets) {
			forwardersTo.merge(target, mailbox, IncrementalValidation::joined);
		}
	}

	private void unfileTargets(Mailbox mailbox) {
		List<String> targets = filedTargets.remove(mailbox);
		if (targets != null) {
			for (String target : targets) {
				forwardersTo.computeIfPresent(target, (k, forwarders) -> without(forwarders, mailbox));
			}
		}
	}

	/** The mailboxes forwarding to {@code key}. */
	@SuppressWarnings("unchecked")
	private List<Mailbox> forwardersTo(String key) {
		Object forwarders = forwardersTo.get(key);
		return forwarders == null ? List.of() : forwarders instanceof Mailbox one ? List.of(one) : (List<Mailbox>) forwarders;
	}

	@SuppressWarnings("unchecked")
	private static Object joined(Object forwarders, Object another) {
		List<Mailbox> list;
		if (forwarders instanceof Mailbox one) {
			list = new ArrayList<>(2);
			list.add(one);
		} else {
			list = (List<Mailbox>) forwarders;
		}
		if (!list.contains(another)) { // a mailbox naming one target twice (case aside) forwards to it once
			list.add((Mailbox) another);
		}
		return list.size() == 1 ? list.get(0) : list;
	}

	/** {@code forwarders} without {@code mailbox}; null when none is left. */
	@SuppressWarnings("unchecked")
	private static Object without(Object forwarders, Mailbox mailbox) {
		if (forwarders == mailbox) {
			return null;
		}
		if (forwarders instanceof List<?> many) {
			List<Mailbox> list = (List<Mailbox>) many;
			list.removeIf(m -> m == mailbox);
			return list.isEmpty() ? null : list.size() == 1 ? list.get(0) : list;
		}
		return forwarders;
	}

	private static List<String> targetKeys(Mailbox mailbox) {
		if (mailbox.getForwarding() == null || mailbox.getForwarding().getTargets().isEmpty()) {
			return List.of();
		}
		List<String> keys = new ArrayList<>(mailbox.getForwarding().getTargets().size());
		for (String target : mailbox.getForwarding().getTargets()) {
			keys.add(Addresses.key(target));
		}
		return keys;
	}

	/**
	 * Every mailbox that reaches one of {@code starts} by forwarding (also through addresses only the server holds),
	 * the starts included. A loop that opened or closed passes through a changed mailbox, so all its members reach one.
	 */
	private Set<Mailbox> reachingAny(Set<Mailbox> starts) {
		Set<Mailbox> seen = identitySet();
		seen.addAll(starts);
		Set<String> seenKeys = new HashSet<>();
		ArrayDeque<String> queue = new ArrayDeque<>();
		for (Mailbox start : starts) {
			String key = filedKey.get(start);
			if (key != null && seenKeys.add(key)) {
				queue.add(key);
			}
		}
		while (!queue.isEmpty()) {
			String key = queue.poll();
			for (Mailbox forwarder : forwardersTo(key)) {
				String next = filedKey.get(forwarder);
				if (seen.add(forwarder) && next != null && seenKeys.add(next)) {
					queue.add(next);
				}
			}
			for (String address : serverForwardersTo.getOrDefault(key, Set.of())) {
				if (seenKeys.add(address)) {
					queue.add(address);
				}
			}
		}
		return seen;
	}

	/** Checks one unit again and replaces its findings. */
	private void checkUnit(EObject unit) {
		List<Finding> found = new ArrayList<>(0);
		RuleContext context = new RuleContext(index, found::add);
		RuleRun.check(unit, context);
		if (unit instanceof Mailbox || unit instanceof Domain) {
			checkInside(unit, context);
		}
		if (found.isEmpty()) {
			byUnit.remove(unit);
		} else {
			byUnit.put(unit, found);
		}
	}

	/** Pre-order through a unit's contents, not entering the next unit (a domain's mailboxes). */
	private static void checkInside(EObject object, RuleContext context) {
		for (EObject child : object.eContents()) {
			if (!isUnitRoot(child) && !RuleRun.isServerRecord(child.eContainmentFeature())) {
				RuleRun.check(child, context);
				checkInside(child, context);
			}
		}
	}

	private static boolean isUnitRoot(EObject object) {
		return object instanceof Mailbox || object instanceof Domain || unitOf(object) == object;
	}

	/** The nearest mailbox or domain holding {@code object}, else the object itself. */
	private static EObject unitOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Mailbox || o instanceof Domain) {
				return o;
			}
		}
		return object;
	}

	private static <T> Set<T> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}
}
