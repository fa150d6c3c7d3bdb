package cc.enet.mailbox.connector.apply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;

/**
 * What one apply does with a plan under the staff's decisions: the changes it sends (a conflict decided "keep mine"
 * among them), the conflicts whose server value it takes ("take theirs"), and how many conflicts it leaves alone.
 */
record ApplySelection(List<Change> changes, List<PlanEntry> takeTheirs, int conflictsLeft, List<Change> removals,
		int removalsLeft) {

	static ApplySelection of(Plan plan, Decisions decisions) {
		List<Change> changes = new ArrayList<>();
		List<PlanEntry> takeTheirs = new ArrayList<>();
		List<Change> removals = new ArrayList<>();
		int conflictsLeft = 0;
		int removalsLeft = 0;
		for (PlanEntry entry : plan.entries()) {
			if (entry.isChange()) {
				changes.add(entry.change());
			} else if (entry.kind() == PlanEntry.Kind.REMOVE) {
				// a moved domain leaves its old server only when confirmed, and only once the new server holds it
				if (entry.change() != null && decisions.confirmsRemoval(entry.domain())) {
					changes.add(entry.change());
					removals.add(entry.change());
				} else {
					removalsLeft++;
				}
			} else if (entry.kind() == PlanEntry.Kind.CONFLICT) {
				Decisions.Take take = decisions.forMailbox(entry.mailbox());
				if (take == Decisions.Take.MINE) {
					changes.add(entry.change());
				} else if (take == Decisions.Take.THEIRS) {
					takeTheirs.add(entry);
				} else {
					conflictsLeft++;
				}
			}
		}
		return new ApplySelection(Collections.unmodifiableList(changes), Collections.unmodifiableList(takeTheirs), conflictsLeft,
				Collections.unmodifiableList(removals), removalsLeft);
	}

	/** The domains to create, before any mailbox. */
	List<Change> domains() {
		return changes.stream().filter(c -> c instanceof Change.CreateDomain).toList();
	}

	/** Each mailbox's changes in the plan's order (account before its settings), by address. */
	Map<String, List<Change>> perMailbox() {
		Map<String, List<Change>> perMailbox = new LinkedHashMap<>();
		for (Change change : changes) {
			if (change.mailbox() != null) {
				perMailbox.computeIfAbsent(change.mailbox(), k -> new ArrayList<>()).add(change);
			}
		}
		return perMailbox;
	}
}
