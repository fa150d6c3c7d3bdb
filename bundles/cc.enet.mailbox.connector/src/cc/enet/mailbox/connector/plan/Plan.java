package cc.enet.mailbox.connector.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.model.DomainServers.Assignment;

/**
 * The difference between the model and one server, bound to both: the fingerprints say which model and which server
 * state it was made from, so a saved plan is applied only to exactly that.
 *
 * @param scope the mailboxes planned (lower-cased addresses), or null when every mailbox was (a full refresh); apply
 *            reads the same ones again
 * @param capabilities what the server can hold and verify (which password hashes it takes)
 */
public record Plan(String server, String modelFingerprint, String serverFingerprint, List<PlanEntry> entries,
		ServerSnapshot snapshot, Set<String> scope, Capabilities capabilities, Map<String, Assignment> leftOut) {

	/**
	 * @param leftOut the domains (lower-cased) that live on no server, with why: the plan leaves them out, as every
	 *            server's plan does, until staff name their server
	 */
	public Plan {
		entries = List.copyOf(entries);
		scope = scope == null ? null : Set.copyOf(scope);
		leftOut = Collections.unmodifiableMap(new TreeMap<>(leftOut));
	}

	public Plan(String server, String modelFingerprint, String serverFingerprint, List<PlanEntry> entries,
			ServerSnapshot snapshot, Set<String> scope, Capabilities capabilities) {
		this(server, modelFingerprint, serverFingerprint, entries, snapshot, scope, capabilities, Map.of());
	}

	/** The removals of mailboxes whose domain moved to another server (done only when confirmed). */
	public List<PlanEntry> removals() {
		return entries.stream().filter(e -> e.kind() == PlanEntry.Kind.REMOVE).toList();
	}

	/** Whether every mailbox was read and compared, so drift anywhere shows. */
	public boolean isFull() {
		return scope == null;
	}

	public List<PlanEntry> changes() {
		return entries.stream().filter(PlanEntry::isChange).toList();
	}

	public List<PlanEntry> conflicts() {
		return entries.stream().filter(e -> e.kind() == PlanEntry.Kind.CONFLICT).toList();
	}

	public Map<PlanEntry.Kind, Integer> counts() {
		Map<PlanEntry.Kind, Integer> counts = new EnumMap<>(PlanEntry.Kind.class);
		for (PlanEntry.Kind kind : PlanEntry.Kind.values()) {
			counts.put(kind, 0);
		}
		entries.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
		return counts;
	}
}
