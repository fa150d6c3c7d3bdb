package cc.enet.mailbox.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.model.Addresses;

/**
 * Every mailbox of a workspace filed under its address key (compared without case), in model order among mailboxes of
 * the same address: the first of them is the one mail to that address reaches.
 */
final class AddressIndex {

	private final Map<String, List<Mailbox>> byAddress;
	/** How many address keys more than one mailbox is filed under: none in a sound workspace. */
	private int sharedAddresses;
	/** Every mailbox indexed, in model order, until the first insert or remove: where a whole search starts. */
	private List<Mailbox> everyMailbox;

	AddressIndex(int expectedMailboxes) {
		// sized once: growing a map of 100,000 entries step by step took a fifth of building it
		this.byAddress = new HashMap<>(Math.max(16, expectedMailboxes * 4 / 3 + 1));
	}

	/** Files the mailboxes (in model order) under their address keys, the keys made on every core. */
	void addAll(List<Mailbox> mailboxes) {
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
	 * among mailboxes of the same address, as {@link #addAll} would.
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

	/** Every mailbox with this address (compared without case). */
	List<Mailbox> mailboxes(String address) {
		return byAddress.getOrDefault(Addresses.key(address), List.of());
	}

	/** The mailbox mail to {@code address} reaches (the first of duplicates), or null. */
	Mailbox first(String address) {
		List<Mailbox> found = byAddress.get(Addresses.key(address));
		return found == null || found.isEmpty() ? null : found.get(0);
	}

	boolean anyShared() {
		return sharedAddresses > 0;
	}

	int count() {
		return byAddress.values().stream().mapToInt(List::size).sum();
	}

	/**
	 * Where a search of the whole workspace starts: every mailbox in model order while nothing was inserted or
	 * removed, else one per address. A mailbox that is not the first of its address is reached by no forward, so as a
	 * start it is in no loop either way.
	 */
	List<Mailbox> searchStarts() {
		if (everyMailbox != null) {
			return everyMailbox;
		}
		List<Mailbox> starts = new ArrayList<>(byAddress.size());
		for (List<Mailbox> sameAddress : byAddress.values()) {
			starts.add(sameAddress.get(0));
		}
		return starts;
	}
}
