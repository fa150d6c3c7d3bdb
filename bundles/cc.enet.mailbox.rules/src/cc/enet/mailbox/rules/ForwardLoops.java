package cc.enet.mailbox.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import cc.enet.mailbox.Mailbox;

/**
 * The forwarding loops of a {@link ForwardingGraph}: strongly connected components (iterative Tarjan), then a shortest
 * cycle per mailbox inside its component. One search object per search: it keeps what it visited.
 */
final class ForwardLoops {

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

	private final ForwardingGraph graph;
	/** Mailboxes by identity (EMF objects do not override equals); addresses only the server holds by value. */
	private final Map<Mailbox, Node> mailboxNodes;
	private final Map<String, Node> serverNodes = new HashMap<>();
	private final ArrayDeque<Node> stack = new ArrayDeque<>();
	private final List<List<Node>> components = new ArrayList<>();
	private int counter;

	ForwardLoops(ForwardingGraph graph, int expected) {
		this.graph = graph;
		this.mailboxNodes = new IdentityHashMap<>(expected);
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
			node.next = graph.successors(key);
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
			node.next = graph.successors(node.key);
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
					return graph.pathOf((Mailbox) start.key, at.key, cameFrom);
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
