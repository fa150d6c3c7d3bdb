package cc.enet.mailbox.connector.ui.review;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanScope;
import cc.enet.mailbox.connector.plan.ServerLoops;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * Plans in the background: what staff changed since the last apply and what they added (Plan), or every mailbox
 * (Refresh All, read in batches whose findings are shown as they come); the forwarding the server holds then takes
 * part in the session's loop check.
 */
final class PlanJob extends ReviewJob {

	private final ServerReview review;
	private final PlanScope scope;
	private final ConsoleSession session;
	private final String server;

	PlanJob(ServerReview review, PlanScope scope, ConsoleSession session, String server, Executor view, ReviewOutcome outcome) {
		super(NLS.bind(ReviewMessages.Review_planJob, server), view, outcome);
		this.review = review;
		this.scope = scope;
		this.session = session;
		this.server = server;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			Plan plan = scope.isEverything()
					? review.refresh(batch -> view.execute(() -> outcome.batchRead(server, batch)), monitor)
					: review.plan(scope, monitor);
			if (plan == null || monitor.isCanceled()) {
				if (scope.isEverything()) {
					view.execute(() -> outcome.refreshCancelled(server));
				}
				return Status.CANCEL_STATUS;
			}
			Map<String, ConnectorText> refusals = review.refusals(plan, ReviewCredentials.storeOrNull());
			List<String> missing = review.missingSecrets();
			session.useServerForwards(ServerLoops.forwards(plan));
			Map<String, ConnectorText> mailOff = review.mailOff(plan);
			view.execute(() -> outcome.planned(server, plan, refusals, mailOff, missing));
		} catch (ConnectorException e) {
			view.execute(() -> outcome.planFailed(ReviewLabels.serverFailure(server, e)));
		} catch (RuntimeException e) {
			view.execute(() -> outcome.failed(NLS.bind(ReviewMessages.Review_failed, getName(), String.valueOf(e))));
		}
		return Status.OK_STATUS;
	}
}
