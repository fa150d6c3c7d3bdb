package cc.enet.mailbox.connector.ui.review;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import cc.enet.mailbox.connector.apply.FleetSync;
import cc.enet.mailbox.connector.plan.PlanScope;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * Plans every server of the workspace side by side ({@link FleetSync}, as {@code ./mailbox plan --all-servers}): one
 * section per server, a server that cannot be reached failing only its own.
 */
final class FleetPlanJob extends ReviewJob {

	private final Map<String, ServerReview> reviews;
	private final PlanScope scope;
	private final ConsoleSession session;

	/** @param reviews each server's review, opened (its secret asked) on the UI thread before */
	FleetPlanJob(Map<String, ServerReview> reviews, PlanScope scope, ConsoleSession session, Executor view,
			ReviewOutcome outcome) {
		super(NLS.bind(ReviewMessages.Review_fleetPlanJob, reviews.size()), view, outcome);
		this.reviews = reviews;
		this.scope = scope;
		this.session = session;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			List<FleetSync.Section> sections = new FleetSync(session.workspace(), server -> {
				ServerReview review = reviews.get(server.getName());
				if (review == null) {
					throw new IllegalStateException(NLS.bind(ReviewMessages.Review_fleetNotOpened, server.getName()));
				}
				return review.session();
			}).scope(scope).plan(monitor);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			view.execute(() -> outcome.fleetPlanned(sections));
		} catch (RuntimeException e) {
			view.execute(() -> outcome.failed(NLS.bind(ReviewMessages.Review_failed, getName(), String.valueOf(e))));
		}
		return Status.OK_STATUS;
	}
}
