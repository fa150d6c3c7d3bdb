package cc.enet.mailbox.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.Addresses;

/**
 * Facts that need the whole workspace: which mailboxes share an address, Enet's server host names, and which mailboxes
 * forward in a loop. Built once per validation run, since rules such as forward.loop cross domains and customers. After
 * a plan, the server's own forwarding of the addresses it reported joins the forwarding graph.
 */
public final class WorkspaceIndex {

	private final Map<String, List<Mailbox>> byAddress = new HashMap<>();
	/** Enet's host names live from the workspace: an incremental validation keeps this index across edits of them. */
	private List<String> enetHosts = List.of();
	private final ServerForwards server;
	private Map<Mailbox, ForwardingLoop> loops;

	private WorkspaceIndex(ServerForwards server) {
		this.server = server;
	}

	/** Indexes every mailbox under the root container of {@code object}. */
	public static WorkspaceIndex of(EObject object) {
		return of(object, ServerForwards.NONE);
	}

	/** Indexes every mailbox under the root container of {@code object}, with a server's forwarding. */
	public static WorkspaceIndex of(EObject object, ServerForwards server) {
		WorkspaceIndex index = new WorkspaceIndex(server);
		EObject root = EcoreUtil.getRootContainer(object);
		if (root instanceof Workspace workspace) {
			index.enetHosts = workspace.getEnetHosts();
			for (Customer customer : workspace.getCustomers()) {
				index.addCustomer(customer);
			}
		} else if (root instanceof Customer customer) {
			index.addCustomer(customer);
		} else if (root instanceof Domain domain) {
			index.addDomain(domain);
		} else if (root instanceof Mailbox mailbox) {
			index.add(mailbox);
		}
		return index;
	}

	private void addCustomer(Customer customer) {
		for (Domain domain : customer.getDomains()) {
			addDomain(domain);
		}
	}

	private void addDomain(Domain domain) {
		for (Mailbox mailbox : domain.getMailboxes()) {
			add(mailbox);
		}
	}

	private void add(Mailbox mailbox) {
		byAddress.computeIfAbsent(Addresses.key(mailbox.getAddress()), k -> new ArrayList<>(1)).add(mailbox);
	}

	/**
	 * Files a mailbox that joined the workspace (or changed its address) under its current address, in model order
	 * among mailboxes of the same address, as {@link #of} would: the first of them is the one forwarding reaches.
	 */
	void insert(Mailbox mailbox) {
		List<Mailbox> same = byAddress.computeIfAbsent(Addresses.key(mailbox.getAddress()), k -> new ArrayList<>(1));
		same.add(mailbox);
		if (same.size() > 1) {
			same.sort(ModelOrder::compare);
		}
	}

	/** Takes a mailbox out from under the address key it was filed with. */
	void remove(Mailbox mailbox, String key) {
		List<Mailbox> same = byAddress.get(key);
		if (same != null) {
			same.removeIf(m -> m == mailbox);
			if (same.isEmpty()) {
				byAddress.remove(key);
			}
		}
	}

	/** The server forwarding this index follows, for an incremental validation that must walk it too. */
	ServerForwards server() {
		return server;
	}

	/**
	 * Finds the loops again for every mailbox reachable from {@code starts} (and for the starts themselves) and returns
	 * them all: Tarjan from any set of starts gives exact components for every mailbox it reaches.
	 */
	Set<Mailbox> refreshLoops(Collection<Mailbox> starts) {
		if (loops == null) {
			loops = new ForwardLoops(byAddress.size()).find(starts());
		}
		ForwardLoops search = new ForwardLoops(Math.max(16, starts.size() * 4));
		Map<Mailbox, ForwardingLoop> found = search.find(starts);
		Set<Mailbox> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		seen.addAll(starts);
		for (Object node : search.visited()) {
			if (node instanceof Mailbox mailbox) {
				seen.add(mailbox);
			}
		}
		for (Mailbox mailbox : seen) {
			loops.remove(mailbox);
		}
		loops.putAll(found);
		return seen;
	}

	/** One mailbox per address, the one forwarding reaches. */
	private List<Mailbox> starts() {
		List<Mailbox> starts = new ArrayList<>(byAddress.size());
		for (List<Mailbox> sameAddress : byAddress.values()) {
			starts.add(sameAddress.get(0));
		}
		return starts;
	}

	/** Every mailbox with this address (compared without case). */
	public List<Mailbox> mailboxes(String address) {
		return byAddress.getOrDefault(Addresses.key(address), List.of());
	}

	public int mailboxCount() {
		return byAddress.values().stream().mapToInt(List::size).sum();
	}

	/** Whether {@code host} is one of Enet's notified server names; any host is while the workspace lists none. */
	public boolean isEnetHost(String host) {
		if (enetHosts.isEmpty()) {
			return true;
		}
		String key = Addresses.key(host);
		for (String enetHost : enetHosts) {
			if (Addresses.key(enetHost).equals(key)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The shortest forwarding cycle through {@code mailbox}, or {@link ForwardingLoop#NONE}. A mailbox forwarding only
	 * to itself is not a loop here: forward.self reports that.
	 */
	public ForwardingLoop loopThrough(Mailbox mailbox) {
		if (loops == null) {
			loops = new ForwardLoops(byAddress.size()).find(starts());
		}
		return loops.getOrDefault(mailbox, ForwardingLoop.NONE);
	}

	/**
	 * The cycle that forwarding {@code self} to {@code target} as well would close (the shortest), or
	 * {@link ForwardingLoop#NONE}: what the mailbox form checks as a destination is typed.
	 */
	public ForwardingLoop loopIfForwarded(Mailbox self, String target) {
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

	/** The path self → ... → last → self, following {@code cameFrom} back from {@code last}. */
	private ForwardingLoop pathOf(Mailbox self, Object last, Map<Object, Object> cameFrom) {
		List<String> path = new ArrayList<>();
		Set<String> serverOnly = new HashSet<>();
		path.add(self.getAddress());
		for (Object step = last; step != self; step = cameFrom.get(step)) {
			String address = addressOf(step);
			path.add(1, address);
			if (step instanceof String) {
				serverOnly.add(address);
			}
		}
		path.add(self.getAddress());
		return new ForwardingLoop(Collections.unmodifiableList(path), Collections.unmodifiableSet(serverOnly));
	}

	/**
	 * The node mail to {@code address} reaches: the workspace's mailbox (the first of duplicates; mailbox.duplicate
	 * reports the others), else the address as the server knows it, else nothing. A mailbox that is disabled or marked
	 * for removal forwards nothing, so it is no hop of a loop.
	 */
	private Object node(String address) {
		List<Mailbox> found = byAddress.get(Addresses.key(address));
		if (found != null && !found.isEmpty()) {
			Mailbox mailbox = found.get(0);
			return mailbox.isEnabled() && !mailbox.isMarkedForRemoval() ? mailbox : null;
		}
		return server.holds(address) ? Addresses.key(address) : null;
	}

	private static String addressOf(Object node) {
		return node instanceof Mailbox mailbox ? mailbox.getAddress() : (String) node;
	}

	/** Where a node forwards: a mailbox by the workspace's settings, a server-only address by the server's. */
	private List<Object> successors(Object node) {
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

	/** Strongly connected components (iterative Tarjan), then a shortest cycle per mailbox inside its component. */
	private final class ForwardLoops {
		/** What the search knows of a node: one record, so one lookup per node instead of five. */
		private static final class Node {
			List<Object> next;
			int index = -1;
			int lowLink;
			int component = -1;
			boolean onStack;
		}

		/** Sized for the nodes it will likely meet: growing maps of 100,000 took a good part of the time. */
		private final Map<Object, Node> nodes;
		private final ArrayDeque<Object> stack = new ArrayDeque<>();
		private final List<List<Object>> components = new ArrayList<>();
		private int counter;

		ForwardLoops(int expected) {
			nodes = new HashMap<>(expected);
		}

		/** The node's record, its successors looked up once: the search meets most mailboxes two or three times. */
		private Node node(Object key) {
			Node node = nodes.get(key);
			if (node == null) {
				node = new Node();
				nodes.put(key, node);
			}
			if (node.next == null) {
				node.next = successors(key);
			}
			return node;
		}

		/** The nodes the search visited. */
		Set<Object> visited() {
			Set<Object> visited = new HashSet<>();
			nodes.forEach((key, node) -> {
				if (node.index >= 0) {
					visited.add(key);
				}
			});
			return visited;
		}

		Map<Mailbox, ForwardingLoop> find(Collection<Mailbox> starts) {
			for (Mailbox mailbox : starts) {
				Node node = node(mailbox);
				if (node.index < 0 && !node.next.isEmpty()) {
					strongConnect(mailbox, node);
				}
			}
			Map<Mailbox, ForwardingLoop> result = new IdentityHashMap<>();
			for (int c = 0; c < components.size(); c++) {
				List<Object> component = components.get(c);
				if (component.size() > 1) {
					for (Object member : component) {
						if (member instanceof Mailbox mailbox) {
							result.put(mailbox, shortestCycle(mailbox, c));
						}
					}
				}
			}
			return result;
		}

		private void strongConnect(Object start, Node startNode) {
			ArrayDeque<Object[]> work = new ArrayDeque<>();
			visit(start, startNode);
			work.push(new Object[] { start, startNode, 0 });
			while (!work.isEmpty()) {
				Object[] frame = work.peek();
				Object key = frame[0];
				Node node = (Node) frame[1];
				int i = (Integer) frame[2];
				if (i < node.next.size()) {
					frame[2] = i + 1;
					Object successor = node.next.get(i);
					Node next = node(successor);
					if (next.index < 0) {
						visit(successor, next);
						work.push(new Object[] { successor, next, 0 });
					} else if (next.onStack) {
						node.lowLink = Math.min(node.lowLink, next.index);
					}
					continue;
				}
				work.pop();
				if (!work.isEmpty()) {
					Node parent = (Node) work.peek()[1];
					parent.lowLink = Math.min(parent.lowLink, node.lowLink);
				}
				if (node.lowLink == node.index) {
					List<Object> component = new ArrayList<>();
					Object member;
					do {
						member = stack.pop();
						Node memberNode = nodes.get(member);
						memberNode.onStack = false;
						memberNode.component = components.size();
						component.add(member);
					} while (member != key);
					components.add(component);
				}
			}
		}

		private void visit(Object key, Node node) {
			node.index = counter;
			node.lowLink = counter;
			counter++;
			stack.push(key);
			node.onStack = true;
		}

		/** Breadth-first search inside the component, so the path shown is the shortest one. */
		private ForwardingLoop shortestCycle(Mailbox start, int component) {
			Map<Object, Object> cameFrom = new HashMap<>();
			ArrayDeque<Object> queue = new ArrayDeque<>();
			queue.add(start);
			while (!queue.isEmpty()) {
				Object key = queue.poll();
				for (Object successor : node(key).next) {
					Node next = nodes.get(successor);
					if (next == null || next.component != component) {
						continue;
					}
					if (successor == start) {
						return pathOf(start, key, cameFrom);
					}
					if (!cameFrom.containsKey(successor)) {
						cameFrom.put(successor, key);
						queue.add(successor);
					}
				}
			}
			return ForwardingLoop.NONE;
		}
	}
}
