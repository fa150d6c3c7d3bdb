package cc.enet.mailbox.connector.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import cc.enet.mailbox.model.Addresses;

/**
 * What the user chose for drift conflicts (keep the model's value, mine, or take the server's, theirs), and the
 * domains whose removal from their old server they confirmed.
 */
public final class Decisions {

	public enum Take {
		MINE, THEIRS
	}

	private final Take forAll;
	private final Map<String, Take> perMailbox = new HashMap<>();
	private final Set<String> removalsConfirmed = new HashSet<>();

	public Decisions(Take forAll) {
		this.forAll = forAll;
	}

	public static Decisions none() {
		return new Decisions(null);
	}

	public Decisions take(String mailbox, Take take) {
		perMailbox.put(Addresses.key(mailbox), take);
		return this;
	}

	/**
	 * Confirms that the mailboxes of {@code domain}, which moved to another server, may be removed from the server
	 * this apply goes to (once the new server holds them).
	 */
	public Decisions confirmRemoval(String domain) {
		removalsConfirmed.add(Addresses.key(domain));
		return this;
	}

	public boolean confirmsRemoval(String domain) {
		return domain != null && removalsConfirmed.contains(Addresses.key(domain));
	}

	/** The choice for a mailbox's conflicts, or null: leave them alone. */
	public Take forMailbox(String mailbox) {
		return perMailbox.getOrDefault(Addresses.key(mailbox), forAll);
	}
}
