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

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.Addresses;

/**
 * Facts that need the whole workspace: which mailboxes share an address, and which forward in a loop. Built once per
 * validation run, since rules such as forward.loop cross domains and customers.
 */
public final class WorkspaceIndex {

	private final Map<String, List<Mailbox>> byAddress = new HashMap<>();
	private Map<Mailbox, List<String>> loops;

	private WorkspaceIndex() {
	}

	/** Indexes every mailbox under the root container of {@code object}. */
	public static WorkspaceIndex of(EObject object) {
		WorkspaceIndex index = new WorkspaceIndex();
		EObject root = EcoreUtil.getRootContainer(object);
		if (root instanceof Workspace workspace) {
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

	/**
	 * Finds the loops again for every mailbox reachable from {@code starts} (and for the starts themselves) and returns
	 * them all: Tarjan from any set of starts gives exact components for every mailbox it reaches.
	 */
	Set<Mailbox> refreshLoops(Collection<Mailbox> starts) {
		if (loops == null) {
			loops = new ForwardLoops(byAddress.size()).find(starts());
		}
		ForwardLoops search = new ForwardLoops(Math.max(16, starts.size() * 4));
		Map<Mailbox, List<String>> found = search.find(starts);
		Set<Mailbox> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		seen.addAll(starts);
		seen.addAll(search.indexOf.keySet());
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

	/**
	 * The shortest forwarding cycle through {@code mailbox}, as addresses from it back to it, or an empty list. A
	 * mailbox forwarding only to itself is not a loop here: forward.self reports that.
	 */
	public List<String> loopThrough(Mailbox mailbox) {
		if (loops == null) {
			loops = new ForwardLoops(byAddress.size()).find(starts());
		}
		return loops.getOrDefault(mailbox, List.of());
	}

	/** Mailboxes that a mailbox forwards to, within the workspace; duplicates and self-targets left out. */
	private List<Mailbox> successors(Mailbox mailbox) {
		if (mailbox.getForwarding() == null || mailbox.getForwarding().getTargets().isEmpty()) {
			return List.of();
		}
		List<Mailbox> next = new ArrayList<>();
		for (String target : mailbox.getForwarding().getTargets()) {
			List<Mailbox> found = byAddress.get(Addresses.key(target));
			if (found != null && !found.isEmpty() && found.get(0) != mailbox && !next.contains(found.get(0))) {
				next.add(found.get(0));
			}
		}
		return next;
	}

	/** Strongly connected components (iterative Tarjan), then a shortest cycle per mailbox inside its component. */
	private final class ForwardLoops {
		private final Map<Mailbox, Integer> indexOf;
		private final Map<Mailbox, Integer> lowLink;
		private final Map<Mailbox, Integer> componentOf;
		private final ArrayDeque<Mailbox> stack = new ArrayDeque<>();
		private final Map<Mailbox, Boolean> onStack;
		private final List<List<Mailbox>> components = new ArrayList<>();
		private int counter;
		/** Each mailbox's successors, looked up once: the search meets most mailboxes two or three times. */
		private final Map<Mailbox, List<Mailbox>> successors;

		/** Sized for the mailboxes it will likely meet: growing maps of 100,000 took a good part of the time. */
		ForwardLoops(int expected) {
			indexOf = new IdentityHashMap<>(expected);
			lowLink = new IdentityHashMap<>(expected);
			componentOf = new IdentityHashMap<>(expected);
			onStack = new IdentityHashMap<>(expected);
			successors = new IdentityHashMap<>(expected);
		}

		private List<Mailbox> next(Mailbox mailbox) {
			List<Mailbox> next = successors.get(mailbox);
			if (next == null) {
				next = successors(mailbox);
				successors.put(mailbox, next);
			}
			return next;
		}

		Map<Mailbox, List<String>> find(Collection<Mailbox> starts) {
			for (Mailbox mailbox : starts) {
				if (!indexOf.containsKey(mailbox) && !next(mailbox).isEmpty()) {
					strongConnect(mailbox);
				}
			}
			Map<Mailbox, List<String>> result = new IdentityHashMap<>();
			for (int c = 0; c < components.size(); c++) {
				List<Mailbox> component = components.get(c);
				if (component.size() > 1) {
					for (Mailbox mailbox : component) {
						result.put(mailbox, shortestCycle(mailbox, c));
					}
				}
			}
			return result;
		}

		private void strongConnect(Mailbox start) {
			ArrayDeque<Object[]> work = new ArrayDeque<>();
			visit(start);
			work.push(new Object[] { start, next(start), 0 });
			while (!work.isEmpty()) {
				Object[] frame = work.peek();
				Mailbox node = (Mailbox) frame[0];
				@SuppressWarnings("unchecked")
				List<Mailbox> next = (List<Mailbox>) frame[1];
				int i = (Integer) frame[2];
				if (i < next.size()) {
					frame[2] = i + 1;
					Mailbox successor = next.get(i);
					if (!indexOf.containsKey(successor)) {
						visit(successor);
						work.push(new Object[] { successor, next(successor), 0 });
					} else if (onStack.getOrDefault(successor, false)) {
						lowLink.put(node, Math.min(lowLink.get(node), indexOf.get(successor)));
					}
					continue;
				}
				work.pop();
				if (!work.isEmpty()) {
					Mailbox parent = (Mailbox) work.peek()[0];
					lowLink.put(parent, Math.min(lowLink.get(parent), lowLink.get(node)));
				}
				if (lowLink.get(node).equals(indexOf.get(node))) {
					List<Mailbox> component = new ArrayList<>();
					Mailbox member;
					do {
						member = stack.pop();
						onStack.put(member, false);
						componentOf.put(member, components.size());
						component.add(member);
					} while (member != node);
					components.add(component);
				}
			}
		}

		private void visit(Mailbox mailbox) {
			indexOf.put(mailbox, counter);
			lowLink.put(mailbox, counter);
			counter++;
			stack.push(mailbox);
			onStack.put(mailbox, true);
		}

		/** Breadth-first search inside the component, so the path shown is the shortest one. */
		private List<String> shortestCycle(Mailbox start, int component) {
			Map<Mailbox, Mailbox> cameFrom = new IdentityHashMap<>();
			ArrayDeque<Mailbox> queue = new ArrayDeque<>();
			queue.add(start);
			while (!queue.isEmpty()) {
				Mailbox node = queue.poll();
				for (Mailbox successor : next(node)) {
					if (componentOf.get(successor) == null || componentOf.get(successor) != component) {
						continue;
					}
					if (successor == start) {
						List<String> path = new ArrayList<>();
						path.add(start.getAddress());
						for (Mailbox step = node; step != start; step = cameFrom.get(step)) {
							path.add(1, step.getAddress());
						}
						path.add(start.getAddress());
						return Collections.unmodifiableList(path);
					}
					if (!cameFrom.containsKey(successor)) {
						cameFrom.put(successor, node);
						queue.add(successor);
					}
				}
			}
			return List.of();
		}
	}
}
