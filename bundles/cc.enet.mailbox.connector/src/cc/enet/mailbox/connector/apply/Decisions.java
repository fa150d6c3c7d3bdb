package cc.enet.mailbox.connector.apply;

import java.util.HashMap;
import java.util.Map;

import cc.enet.mailbox.model.Addresses;

/** What the user chose for drift conflicts: keep the model's value (mine) or take the server's (theirs). */
public final class Decisions {

	public enum Take {
		MINE, THEIRS
	}

	private final Take forAll;
	private final Map<String, Take> perMailbox = new HashMap<>();

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

	/** The choice for a mailbox's conflicts, or null: leave them alone. */
	public Take forMailbox(String mailbox) {
		return perMailbox.getOrDefault(Addresses.key(mailbox), forAll);
	}
}
