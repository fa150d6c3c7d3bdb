package cc.enet.mailbox.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cc.enet.mailbox.model.Addresses;

/**
 * The forwarding a live server holds for every address it was read for (also mailboxes the workspace does not manage,
 * and forwards a customer set in webmail), so that forward.loop sees loops that run through the server.
 */
public final class ServerForwards {

	/** No server read yet: loops are looked for in the workspace alone. */
	public static final ServerForwards NONE = new ServerForwards("", Map.of());

	private final String server;
	private final Map<String, List<String>> targetsByAddress;

	private ServerForwards(String server, Map<String, List<String>> targetsByAddress) {
		this.server = server;
		this.targetsByAddress = targetsByAddress;
	}

	/** @param targetsByAddress the server's forwarding destinations per address, as the server reported them */
	public static ServerForwards of(String server, Map<String, List<String>> targetsByAddress) {
		Map<String, List<String>> byKey = new HashMap<>();
		targetsByAddress.forEach((address, targets) -> byKey.put(Addresses.key(address), List.copyOf(targets)));
		return new ServerForwards(server, Map.copyOf(byKey));
	}

	public String server() {
		return server;
	}

	public boolean holds(String address) {
		return targetsByAddress.containsKey(Addresses.key(address));
	}

	/** Where the server forwards {@code address}; empty when it does not, or does not know the address. */
	public List<String> targets(String address) {
		return targetsByAddress.getOrDefault(Addresses.key(address), List.of());
	}

	public boolean isEmpty() {
		return targetsByAddress.isEmpty();
	}

	/** Per target address, the addresses the server forwards to it: the server's edges walked backwards. */
	public Map<String, Set<String>> forwardersByTarget() {
		Map<String, Set<String>> byTarget = new HashMap<>();
		targetsByAddress.forEach((address, targets) -> {
			for (String target : targets) {
				byTarget.computeIfAbsent(Addresses.key(target), k -> new HashSet<>()).add(address);
			}
		});
		return byTarget;
	}
}
