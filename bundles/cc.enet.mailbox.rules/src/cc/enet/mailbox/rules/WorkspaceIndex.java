package cc.enet.mailbox.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
import cc.enet.mailbox.model.WorkspaceWalk;

/**
 * Facts that need the whole workspace: which mailboxes share an address ({@link AddressIndex}), Enet's server host
 * names, and which mailboxes forward in a loop ({@link ForwardingGraph}, searched by {@link ForwardLoops}). Built once
 * per validation run, since rules such as forward.loop cross domains and customers. After a plan, the server's own
 * forwarding of the addresses it reported joins the forwarding graph.
 */
public final class WorkspaceIndex {

	private final AddressIndex addresses;
	private final ForwardingGraph forwarding;
	/** Enet's host names live from the workspace: an incremental validation keeps this index across edits of them. */
	private List<String> enetHosts = List.of();
	private Map<Mailbox, ForwardingLoop> loops;

	private WorkspaceIndex(ServerForwards server, int expectedMailboxes) {
		this.addresses = new AddressIndex(expectedMailboxes);
		this.forwarding = new ForwardingGraph(addresses, server);
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
		index.addresses.addAll(mailboxes);
		return index;
	}

	/**
	 * Files a mailbox that joined the workspace (or changed its address) under its current address, in model order
	 * among mailboxes of the same address, as {@link #of} would: the first of them is the one forwarding reaches.
	 */
	void insert(Mailbox mailbox) {
		addresses.insert(mailbox);
	}

	/** Takes a mailbox out from under the address key it was filed with. */
	void remove(Mailbox mailbox, String key) {
		addresses.remove(mailbox, key);
	}

	/** The server forwarding this index follows, for an incremental validation that must walk it too. */
	ServerForwards server() {
		return forwarding.server();
	}

	/**
	 * Finds the loops again for every mailbox reachable from {@code starts} (and for the starts themselves) and returns
	 * them all: Tarjan from any set of starts gives exact components for every mailbox it reaches.
	 */
	Set<Mailbox> refreshLoops(Collection<Mailbox> starts) {
		if (loops == null) {
			loops = findAllLoops();
		}
		ForwardLoops search = new ForwardLoops(forwarding, Math.max(16, starts.size() * 4));
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
		List<Mailbox> starts = addresses.searchStarts();
		return new ForwardLoops(forwarding, starts.size()).findFrom(starts);
	}

	/** Every mailbox with this address (compared without case). */
	public List<Mailbox> mailboxes(String address) {
		return addresses.mailboxes(address);
	}

	/** Whether any address is taken by more than one mailbox: mailbox.duplicate looks no further when none is. */
	public boolean anyAddressShared() {
		return addresses.anyShared();
	}

	public int mailboxCount() {
		return addresses.count();
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
		return forwarding.loopIfForwarded(self, target);
	}
}
