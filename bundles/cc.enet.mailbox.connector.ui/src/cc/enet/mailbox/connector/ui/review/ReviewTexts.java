package cc.enet.mailbox.connector.ui.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import cc.enet.mailbox.ui.text.Counted;

import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.apply.FleetSync;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;

/** The status line of Review Changes: what a plan read and found, what an apply did, why it wrote nothing. */
final class ReviewTexts {

	/** A status line, and whether it reports a problem (shown in red). */
	record Status(String text, boolean problem) {
	}

	private ReviewTexts() {
	}

	/** Which mailboxes were read and when every one was last read, the counts, what apply will refuse, what is missing. */
	static Status planned(Plan plan, Instant lastRefresh, Map<String, ConnectorText> refusals, Map<String, ConnectorText> mailOff,
			List<String> missingSecrets) {
		String text = scope(plan, lastRefresh) + "\n" + counts(plan);
		if (!refusals.isEmpty()) {
			text += "\n" + Counted.bind(ReviewMessages.Review_refusalsSummary, refusals.size());
		}
		if (!mailOff.isEmpty()) {
			text += "\n" + NLS.bind(ReviewMessages.Review_mailOffSummary, String.join(", ", mailOff.keySet()));
		}
		if (!missingSecrets.isEmpty()) {
			text += "\n" + NLS.bind(ReviewMessages.Review_missingSecrets, plan.server(), String.join(", ", missingSecrets));
		}
		if (!plan.removals().isEmpty()) {
			text += "\n" + Counted.bind(ReviewMessages.Review_removals, plan.removals().size());
		}
		if (!plan.leftOut().isEmpty()) {
			text += "\n" + NLS.bind(ReviewMessages.Review_leftOut, String.join(", ", plan.leftOut().keySet()));
		}
		return new Status(text, !refusals.isEmpty() || !mailOff.isEmpty() || !missingSecrets.isEmpty()
				|| !plan.leftOut().isEmpty());
	}

	/** A fleet plan: how many servers were read, and the domains every server leaves out (they live on none). */
	static Status fleetPlanned(List<FleetSync.Section> sections) {
		long failed = sections.stream().filter(s -> s.plan() == null).count();
		String text = NLS.bind(ReviewMessages.Review_fleetPlanned, new Object[] { sections.size(), sections.size() - failed, failed });
		Set<String> leftOut = new TreeSet<>();
		sections.stream().filter(s -> s.plan() != null).forEach(s -> leftOut.addAll(s.plan().leftOut().keySet()));
		if (!leftOut.isEmpty()) {
			text += "\n" + NLS.bind(ReviewMessages.Review_leftOut, String.join(", ", leftOut));
		}
		return new Status(text, failed > 0 || !leftOut.isEmpty());
	}

	/** One server's line of a fleet plan: its counts, and the removals it holds back. */
	static String fleetCounts(Plan plan) {
		String text = counts(plan);
		return plan.removals().isEmpty() ? text : text + " " + Counted.bind(ReviewMessages.Review_removals, plan.removals().size());
	}

	/** Which mailboxes were read, and when every one was last read (drift elsewhere shows only then). */
	private static String scope(Plan plan, Instant lastRefresh) {
		String last = lastRefresh == null ? ReviewMessages.Review_neverRefreshed
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault()).format(lastRefresh);
		return plan.isFull() ? NLS.bind(ReviewMessages.Review_scopeAll, last)
				: Counted.bind(ReviewMessages.Review_scopeChanged, plan.scope().size(), last);
	}

	private static String counts(Plan plan) {
		Map<PlanEntry.Kind, Integer> counts = plan.counts();
		return Counted.bind(ReviewMessages.Review_planSummary, new Object[] { plan.server(), plan.changes().size(),
				counts.get(PlanEntry.Kind.CONFLICT), counts.get(PlanEntry.Kind.UNMANAGED), counts.get(PlanEntry.Kind.UNSUPPORTED) });
	}

	/** What each change came to; first the server's failure or the cancellation that stopped it. */
	static Status applied(ApplyReport report, String server) {
		String summary = Counted.bind(ReviewMessages.Review_applySummary, new Object[] { server,
				report.count(ChangeResult.Status.DONE), report.count(ChangeResult.Status.FAILED),
				report.count(ChangeResult.Status.SKIPPED), report.count(ChangeResult.Status.NOT_ATTEMPTED),
				report.conflictsLeft(), report.conflictsTakenFromServer() });
		if (report.serverFailure() != null) {
			return new Status(ReviewLabels.serverFailure(server, report.serverFailure()) + "\n" + summary, true);
		}
		if (report.cancelled()) {
			return new Status(ReviewMessages.Review_cancelled + "\n" + summary, true);
		}
		return new Status(summary, !report.succeeded());
	}

	/** Why the apply wrote nothing, in the user's words. */
	static String refusal(ServerSync.Refused e) {
		return switch (e.reason()) {
		case RULE_ERRORS -> Counted.bind(ReviewMessages.Review_refusedErrors, e.errors());
		case SERVER_LOOPS -> NLS.bind(ReviewMessages.Review_refusedLoops,
				e.loops().stream().map(f -> f.message(Locale.getDefault())).collect(Collectors.joining("\n")));
		default -> ReviewMessages.Review_stale;
		};
	}
}
