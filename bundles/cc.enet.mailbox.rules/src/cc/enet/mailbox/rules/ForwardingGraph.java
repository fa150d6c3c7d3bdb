package cc.enet.mailbox.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.model.Addresses;

/**
 * Where forwarded mail goes. A node is a mailbox of the workspace (the first of duplicates; mailbox.duplicate reports
 * the others) or an address only the server holds (its lower-cased key); an edge is a forwarding target, by the
 * workspace's settings for a mailbox and by the server's for a server-only address. A mailbox that is disabled or
 * marked for removal forwards nothing, so it is no hop.
 */
final class ForwardingGraph {

	private final AddressIndex addresses;
	private final ServerForwards server;

	ForwardingGraph(AddressIndex addresses, ServerForwards server) {
		this.addresses = addresses;
		this.server = server;
	}

	ServerForwards server() {
		return server;
	}

	/** The node mail to {@code address} reaches: the workspace's mailbox, else the address as the server knows it, else null. */
	Object node(String address) {
		Mailbox mailbox = addresses.first(address);
		if (mailbox != null) {
			return mailbox.isEnabled() && !mailbox.isMarkedForRemoval() ? mailbox : null;
		}
		return server.holds(address) ? Addresses.key(address) : null;
	}

	/** Where a node forwards, each destination once, itself left out (forward.self reports that). */
	List<Object> successors(Object node) {
		List<String> targets;
		if (node instanceof Mailbox mailbox) {
			if (mailbox.getForwarding() == null || !mailbox.isEnabled() || mailbox.isMarkedForRemoval()) {
				return List.of();
			}
			targets = mailbox.getForwarding().getTargets();
		} else {
			targets = server.targets((String) node);
		}
		if (targets.isEmpty()) {
			return List.of();
		}
		List<Object> next = new ArrayList<>(targets.size());
		for (String target : targets) {
			Object to = node(target);
			if (to != null && !to.equals(node) && !next.contains(to)) {
				next.add(to);
			}
		}
		return next;
	}

	/**
	 * The cycle that forwarding {@code self} to {@code target} as well would close (the shortest), or
	 * {@link ForwardingLoop#NONE}.
	 */
	ForwardingLoop loopIfForwarded(Mailbox self, String target) {
		Object first = node(target);
		if (first == null || first == self) {
			return ForwardingLoop.NONE;
		}
		Map<Object, Object> cameFrom = new HashMap<>();
		ArrayDeque<Object> queue = new ArrayDeque<>();
		cameFrom.put(first, self);
		queue.add(first);
		while (!queue.isEmpty()) {
			Object at = queue.poll();
			for (Object next : successors(at)) {
				if (next == self) {
					return pathOf(self, at, cameFrom);
				}
				if (!cameFrom.containsKey(next)) {
					cameFrom.put(next, at);
					queue.add(next);
				}
			}
		}
		return ForwardingLoop.NONE;
	}

	/** The path self → ... → last → self, following {@code cameFrom} back from {@code last}; server-only hops marked. */
	ForwardingLoop pathOf(Mailbox self, Object last, Map<Object, Object> cameFrom) {
		List<String> path = new ArrayList<>();
		Set<String> serverOnly = new HashSet<>();
		path.add(self.getAddress());
		for (Object step = last; step != self; step = cameFrom.get(step)) {
			String address = step instanceof Mailbox mailbox ? mailbox.getAddress() : (String) step;
			path.add(1, address);
			if (step instanceof String) {
				serverOnly.add(address);
			}
		}
		path.add(self.getAddress());
		return new ForwardingLoop(Collections.unmodifiableList(path), Collections.unmodifiableSet(serverOnly));
	}
}
