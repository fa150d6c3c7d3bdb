package cc.enet.mailbox.team.merge;

import java.util.HashMap;
import java.util.Map;

/**
 * What the staff member chose for conflicts: per field ("place:field"), per place (every conflicting field of that
 * mailbox or domain), or for all. A conflict without a decision stays a conflict.
 */
public final class MergeDecisions {

	public enum Take {
		MINE, THEIRS
	}

	private final Take all;
	private final Map<String, Take> each = new HashMap<>();

	public MergeDecisions(Take all) {
		this.all = all;
	}

	public static MergeDecisions none() {
		return new MergeDecisions(null);
	}

	/** @param name "place:field" for one field, or "place" for every field of that place */
	public MergeDecisions take(String name, Take take) {
		each.put(name, take);
		return this;
	}

	public Take decision(MergeConflict conflict) {
		Take field = each.get(conflict.key());
		if (field != null) {
			return field;
		}
		Take place = each.get(conflict.place());
		return place != null ? place : all;
	}

	public boolean isEmpty() {
		return all == null && each.isEmpty();
	}
}
