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
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.WorkspaceWalk;

/**
 * Facts that need the whole workspace: which mailboxes share an address, Enet's server host names, and which mailboxes
 * forward in a loop. Built once per validation run, since rules such as forward.loop cross domains and customers. After
 * a plan, the server's own forwarding of the addresses it reported joins the forwarding graph.
 */
public final class WorkspaceIndex {

	private final Map<String, List<Mailbox>> byAddress;
	/** Enet's host names live from the workspace: an incremental validation keeps this index across edits of them. */
	private List<String> enetHosts = List.of();
	private final ServerForwards server;
	private Map<Mailbox, ForwardingLoop> loops;
	/** How many address keys more than one mailbox is filed under: none in a sound workspace. */
	private int sharedAddresses;
	/** Every mailbox indexed, in model order, until the first insert or remove: where a whole search starts. */
	private List<Mailbox> everyMailbox;

	private WorkspaceIndex(ServerForwards server, int expectedMailboxes) {
		this.server = server;
		// sized once: growing a map of 100,000 entries step by step took a fifth of building it
		this.byAddress = new HashMap<>(Math.max(16, expectedMailboxes * 4 / 3 + 1));
	}

	/** Indexes every mailbox under the root container of {@code object}. */
	public static WorkspaceIndex of(EObject object) {
		return of(object, ServerForwards.NONE);
	}

	/** Indexes every mailbox under the root container of {@code object}, with a server's forwarding. */
	public static WorkspaceIndex of(EObject object, ServerForwards server) {
		EObject root = EcoreUtil.getRootContainer(object);
		List<Mailbox> mailboxes = new ArrayList<>();
		if (root instanceof Workspace workspace) {
			mailboxes.addAll(WorkspaceWalk.mailboxes(workspace));
		} else if (root instanceof Customer customer) {
			mailboxes.addAll(WorkspaceWalk.mailboxes(customer));
		} else if (root instanceof Domain domain) {
			mailboxes.addAll(domain.getMailboxes());
		} else if (root instanceof Mailbox mailbox) {
			mailboxes.add(mailbox);
		}
		WorkspaceIndex index = new WorkspaceIndex(server, mailboxes.size());
		if (root instanceof Workspace workspace) {
			index.enetHosts = workspace.getEnetHosts();
		}
		index.addAll(mailboxes);
		return index;
	}

	/** Files the mailboxes (in model order) under their address keys, the keys made on every core. */
	private void addAll(List<Mailbox> mailboxes) {
		String[] keys = new String[mailboxes.size()];
		IntStream.range(0, keys.length).parallel().forEach(i -> keys[i] = Addresses.key(mailboxes.get(i).getAddress()));
		for (int i = 0; i < keys.length; i++) {
			List<Mailbox> same = byAddress.computeIfAbsent(keys[i], k -> new ArrayList<>(1));
			same.add(mailboxes.get(i));
			if (same.size() == 2) {
				sharedAddresses++;
			}
		}
		everyMailbox = mailboxes;
	}

	/**
	 * Files a mailbox that joined the workspace (or changed its address) under its current address, in model order
	 * among mailboxes of the same address, as {@link #of} would: the first of them is the one forwarding reaches.
	 */
	void insert(Mailbox mailbox) {
		everyMailbox = null;
		List<Mailbox> same = byAddress.computeIfAbsent(Addresses.key(mailbox.getAddress()), k -> new ArrayList<>(1));
		same.add(mailbox);
		if (same.size() > 1) {
			same.sort(ModelOrder::compare);
			if (same.size() == 2) {
				sharedAddresses++;
			}
		}
	}

	/** Takes a mailbox out from under the address key it was filed with. */
	void remove(Mailbox mailbox, String key) {
		everyMailbox = null;
		List<Mailbox> same = byAddress.get(key);
		if (same != null) {
			int before = same.size();
			same.removeIf(m -> m == mailbox);
			if (before >= 2 && same.size() < 2) {
				sharedAddresses--;
			}
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
			loops = findAllLoops();
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

	/** The loops of the whole workspace, each mailbox's successors looked up side by side first. */
	private Map<Mailbox, ForwardingLoop> findAllLoops() {
		// A mailbox that is not the first of its address is reached by no forward: as a start it is in no loop.
		List<Mailbox> starts = everyMailbox != null ? everyMailbox : starts();
		return new ForwardLoops(starts.size()).findFrom(starts);
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

	/** Whether any address is taken by more than one mailbox: mailbox.duplicate looks no further when none is. */
	public boolean anyAddressShared() {
		return sharedAddresses > 0;
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
			loops = findAllLoops();
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
		/** What the search knows of a node: one record, its successors resolved to records once. */
		private static final class Node {
			final Object key;
			List<Object> next;
			Node[] out;
			int index = -1;
			int lowLink;
			int component = -1;
			boolean onStack;

			Node(Object key) {
				this.key = key;
			}
		}

		/** Mailboxes by identity (EMF objects do not override equals); addresses only the server holds by value. */
		private final Map<Mailbox, Node> mailboxNodes;
		private final Map<String, Node> serverNodes = new HashMap<>();
		private final ArrayDeque<Node> stack = new ArrayDeque<>();
		private final List<List<Node>> components = new ArrayList<>();
		private int counter;

		ForwardLoops(int expected) {
			mailboxNodes = new IdentityHashMap<>(expected);
		}

		/** The node's record, its successors looked up once: the search meets most mailboxes two or three times. */
		private Node node(Object key) {
			Node node = key instanceof Mailbox mailbox ? mailboxNodes.get(mailbox) : serverNodes.get(key);
			if (node == null) {
				node = new Node(key);
				if (key instanceof Mailbox mailbox) {
					mailboxNodes.put(mailbox, node);
				} else {
					serverNodes.put((String) key, node);
				}
			}
			if (node.next == null) {
				node.next = successors(key);
			}
			return node;
		}

		/** The records of a node's successors, made when first needed. */
		private Node[] out(Node node) {
			if (node.out == null) {
				Node[] out = new Node[node.next.size()];
				for (int i = 0; i < out.length; i++) {
					out[i] = node(node.next.get(i));
				}
				node.out = out;
			}
			return node.out;
		}

		/**
		 * The loops through every one of {@code mailboxes} (each not yet searched). Where each forwards, and the records
		 * of those destinations, are looked up on every core first: most of a whole-workspace search was these
		 * look-ups, and they only read the model and the index.
		 */
		Map<Mailbox, ForwardingLoop> findFrom(List<Mailbox> mailboxes) {
			Node[] prepared = new Node[mailboxes.size()];
			IntStream.range(0, prepared.length).parallel().forEach(i -> {
				Node node = new Node(mailboxes.get(i));
				node.next = successors(node.key);
				prepared[i] = node;
			});
			for (Node node : prepared) {
				mailboxNodes.put((Mailbox) node.key, node);
			}
			// Only reads the map filled above; a destination the server alone holds is resolved later, in order.
			IntStream.range(0, prepared.length).parallel().forEach(i -> {
				Node node = prepared[i];
				Node[] out = new Node[node.next.size()];
				for (int t = 0; t < out.length; t++) {
					if (!(node.next.get(t) instanceof Mailbox target) || (out[t] = mailboxNodes.get(target)) == null) {
						return;
					}
				}
				node.out = out;
			});
			for (Node node : prepared) {
				if (node.index < 0 && !node.next.isEmpty()) {
					strongConnect(node);
				}
			}
			return loopsOfComponents();
		}

		/** The nodes the search visited. */
		Set<Object> visited() {
			Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
			mailboxNodes.forEach((key, node) -> {
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
					strongConnect(node);
				}
			}
			return loopsOfComponents();
		}

		private Map<Mailbox, ForwardingLoop> loopsOfComponents() {
			Map<Mailbox, ForwardingLoop> result = new IdentityHashMap<>();
			for (int c = 0; c < components.size(); c++) {
				List<Node> component = components.get(c);
				if (component.size() > 1) {
					for (Node member : component) {
						if (member.key instanceof Mailbox mailbox) {
							result.put(mailbox, shortestCycle(member, c));
						}
					}
				}
			}
			return result;
		}

		private void strongConnect(Node start) {
			ArrayDeque<Node> work = new ArrayDeque<>();
			ArrayDeque<int[]> positions = new ArrayDeque<>();
			visit(start);
			work.push(start);
			positions.push(new int[1]);
			while (!work.isEmpty()) {
				Node node = work.peek();
				int[] position = positions.peek();
				Node[] out = out(node);
				if (position[0] < out.length) {
					Node next = out[position[0]++];
					if (next.index < 0) {
						visit(next);
						work.push(next);
						positions.push(new int[1]);
					} else if (next.onStack) {
						node.lowLink = Math.min(node.lowLink, next.index);
					}
					continue;
				}
				work.pop();
				positions.pop();
				if (!work.isEmpty()) {
					Node parent = work.peek();
					parent.lowLink = Math.min(parent.lowLink, node.lowLink);
				}
				if (node.lowLink == node.index) {
					List<Node> component = new ArrayList<>();
					Node member;
					do {
						member = stack.pop();
						member.onStack = false;
						member.component = components.size();
						component.add(member);
					} while (member != node);
					components.add(component);
				}
			}
		}

		private void visit(Node node) {
			node.index = counter;
			node.lowLink = counter;
			counter++;
			stack.push(node);
			node.onStack = true;
		}

		/** Breadth-first search inside the component, so the path shown is the shortest one. */
		private ForwardingLoop shortestCycle(Node start, int component) {
			Map<Object, Object> cameFrom = new HashMap<>();
			ArrayDeque<Node> queue = new ArrayDeque<>();
			queue.add(start);
			while (!queue.isEmpty()) {
				Node at = queue.poll();
				for (Node next : out(at)) {
					if (next.component != component) {
						continue;
					}
					if (next == start) {
						return pathOf((Mailbox) start.key, at.key, cameFrom);
					}
					if (!cameFrom.containsKey(next.key)) {
						cameFrom.put(next.key, at.key);
						queue.add(next);
					}
				}
			}
			return ForwardingLoop.NONE;
		}
	}
}
