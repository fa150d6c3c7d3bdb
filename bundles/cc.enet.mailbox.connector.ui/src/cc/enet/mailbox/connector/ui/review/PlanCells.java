package cc.enet.mailbox.connector.ui.review;

import static cc.enet.mailbox.connector.ui.review.ReviewView.COL_BASE;
import static cc.enet.mailbox.connector.ui.review.ReviewView.COL_DECISION;
import static cc.enet.mailbox.connector.ui.review.ReviewView.COL_FIELD;
import static cc.enet.mailbox.connector.ui.review.ReviewView.COL_ITEM;
import static cc.enet.mailbox.connector.ui.review.ReviewView.COL_KIND;
import static cc.enet.mailbox.connector.ui.review.ReviewView.COL_MODEL;
import static cc.enet.mailbox.connector.ui.review.ReviewView.COL_RESULT;
import static cc.enet.mailbox.connector.ui.review.ReviewView.COL_SERVER;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.apply.PlanRefusals;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.connector.ui.review.PlanTree.DomainNode;
import cc.enet.mailbox.connector.ui.review.PlanTree.MailboxNode;
import cc.enet.mailbox.connector.ui.review.PlanTree.ServerNode;

/**
 * The text of each cell of the plan tree: the entry's values, the decision taken on a conflict, and in the Result
 * column what apply did with the change or, before it, why apply will refuse it.
 */
final class PlanCells {

	private final ConflictDecisions decisions;
	private Map<Change, ChangeResult> results = Map.of();
	/** Mailboxes apply would refuse, with the reason. */
	private Map<String, ConnectorText> refusals = Map.of();
	/** Domains whose mail is off: apply refuses their creates and updates, with the reason. */
	private Map<String, ConnectorText> mailOff = Map.of();

	PlanCells(ConflictDecisions decisions) {
		this.decisions = decisions;
	}

	/** A new plan: no result, and the refusals it foresees. */
	void planned(Map<String, ConnectorText> foreseen, Map<String, ConnectorText> mailOffDomains) {
		results = Map.of();
		refusals = foreseen;
		mailOff = mailOffDomains;
	}

	void applied(ApplyReport report) {
		Map<Change, ChangeResult> byChange = new HashMap<>();
		report.results().forEach(r -> byChange.put(r.change(), r));
		results = byChange;
	}

	String text(Object element, int column) {
		if (element instanceof ServerNode server) {
			return switch (column) {
			case COL_ITEM -> NLS.bind(ReviewMessages.Review_serverNode, server.server());
			case COL_RESULT -> server.failure() != null ? server.failure() : ReviewTexts.fleetCounts(server.plan());
			default -> "";
			};
		}
		if (element instanceof DomainNode domain) {
			return column == COL_ITEM ? domain.name() : "";
		}
		if (element instanceof MailboxNode mailbox) {
			return column == COL_ITEM ? mailbox.address() : "";
		}
		if (!(element instanceof PlanEntry entry)) {
			return "";
		}
		return switch (column) {
		case COL_ITEM -> entry.mailbox() == null ? entry.domain() : "";
		case COL_KIND -> ReviewLabels.kind(entry.kind());
		case COL_FIELD -> ReviewLabels.field(entry.field());
		case COL_SERVER -> entry.reason() != null ? ReviewLabels.reason(entry.reason())
				: ReviewLabels.value(entry.field(), entry.server(), entry.model());
		case COL_MODEL -> ReviewLabels.value(entry.field(), entry.model(), entry.server() != null ? entry.server() : entry.base());
		case COL_BASE -> ReviewLabels.value(entry.field(), entry.base(), entry.model());
		case COL_DECISION -> entry.kind() == PlanEntry.Kind.CONFLICT ? ReviewLabels.decision(decisions.of(entry.mailbox())) : "";
		case COL_RESULT -> result(entry);
		default -> "";
		};
	}

	private String result(PlanEntry entry) {
		ChangeResult result = entry.change() == null ? null : results.get(entry.change());
		if (result == null) {
			ConnectorText refusal = PlanRefusals.reason(entry, refusals, mailOff);
			return refusal == null ? "" : NLS.bind(ReviewMessages.Review_willBeRefused, refusal.in(Locale.getDefault()));
		}
		String label = ReviewLabels.status(result.status());
		return result.text() == null ? label : label + ": " + result.message(Locale.getDefault()); // the -nl language
	}
}
