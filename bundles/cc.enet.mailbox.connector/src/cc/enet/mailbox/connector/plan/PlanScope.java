package cc.enet.mailbox.connector.plan;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.Addresses;

/**
 * Which mailboxes a plan reads from the server and compares: every one (a full refresh, the only way to find what
 * customers changed in webmail on mailboxes staff did not touch), or those staff changed since the last apply plus any
 * chosen (the default: its cost follows the edit, not the size of the server), or exactly a given set (apply reads
 * again what a reviewed plan read).
 */
public final class PlanScope {

	private final boolean everything;
	private final boolean changed;
	private final Set<String> mailboxes;

	private PlanScope(boolean everything, boolean changed, Collection<String> mailboxes) {
		this.everything = everything;
		this.changed = changed;
		this.mailboxes = new HashSet<>();
		mailboxes.forEach(m -> this.mailboxes.add(Addresses.key(m)));
	}

	public static PlanScope everything() {
		return new PlanScope(true, false, Set.of());
	}

	/** What staff changed since the last apply to the server, and the {@code chosen} mailboxes besides. */
	public static PlanScope changed(Collection<String> chosen) {
		return new PlanScope(false, true, chosen);
	}

	public static PlanScope exactly(Collection<String> mailboxes) {
		return new PlanScope(false, false, mailboxes);
	}

	public boolean isEverything() {
		return everything;
	}

	/** The addresses to plan (lower-cased), or null for every mailbox. */
	public Set<String> resolve(Workspace workspace, Planner planner) {
		if (everything) {
			return null;
		}
		Set<String> addresses = new HashSet<>(mailboxes);
		if (changed) {
			addresses.addAll(planner.pending(workspace));
		}
		return addresses;
	}
}
