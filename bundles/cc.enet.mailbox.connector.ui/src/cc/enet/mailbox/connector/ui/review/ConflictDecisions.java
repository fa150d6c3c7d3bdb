package cc.enet.mailbox.connector.ui.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.connector.ui.review.PlanTree.MailboxNode;

/** The user's decision per mailbox in conflict (leave, keep mine, take theirs) for the plan on screen. */
final class ConflictDecisions {

	/** The choices, in the Decision column's order: null leaves the conflict alone. */
	static final Decisions.Take[] CHOICES = { null, Decisions.Take.MINE, Decisions.Take.THEIRS };

	private final Map<String, Decisions.Take> byMailbox = new HashMap<>();

	Decisions.Take of(String mailbox) {
		return byMailbox.get(mailbox);
	}

	/** Decides every conflict of {@code mailbox}; null leaves them alone. */
	void set(String mailbox, Decisions.Take take) {
		byMailbox.put(mailbox, take);
	}

	void clear() {
		byMailbox.clear();
	}

	/** What apply takes: the mailboxes with a decision. */
	Decisions toDecisions() {
		Decisions chosen = Decisions.none();
		byMailbox.forEach((mailbox, take) -> {
			if (take != null) {
				chosen.take(mailbox, take);
			}
		});
		return chosen;
	}

	/** The mailboxes of the selected conflicts, and of the selected mailboxes that have one, each once. */
	static List<String> inConflict(List<?> selection) {
		List<String> mailboxes = new ArrayList<>();
		for (Object selected : selection) {
			String mailbox = selected instanceof PlanEntry entry && entry.kind() == PlanEntry.Kind.CONFLICT ? entry.mailbox()
					: selected instanceof MailboxNode node && node.hasConflict() ? node.address() : null;
			if (mailbox != null && !mailboxes.contains(mailbox)) {
				mailboxes.add(mailbox);
			}
		}
		return mailboxes;
	}
}
