package cc.enet.mailbox.connector.ui.review;

import java.util.Optional;

import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * What only the console knows before an apply: a plan of the chosen server is on screen, the workspace is saved, and
 * the check of the last edits has ended. Everything else (rule errors, a plan gone stale, a loop through the server's
 * forwarding, mail switched off by DNS) {@code ServerSync} refuses itself, for the console as for {@code ./mailbox}.
 */
final class ApplyPreconditions {

	private ApplyPreconditions() {
	}

	/** Why apply cannot start now, or empty. */
	static Optional<String> unmet(ConsoleSession session, String server, Plan plan, String planServer) {
		if (session == null || server == null || plan == null || !server.equals(planServer)) {
			return Optional.of(ReviewMessages.Review_noPlan);
		}
		if (session.isDirty()) {
			return Optional.of(ReviewMessages.Review_refusedDirty);
		}
		if (!session.findings().complete()) {
			return Optional.of(ReviewMessages.Review_refusedPending);
		}
		return Optional.empty();
	}
}
