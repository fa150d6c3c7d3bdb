package cc.enet.mailbox.connector.ui.review;

import java.io.IOException;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.core.credentials.CredentialException;

/**
 * Applies the reviewed plan in the background through {@link ServerSync}, which plans again and refuses when that
 * differs from what was reviewed, and on rule errors or loops through the server's forwarding; it saves the new base
 * states, so the session hears it was saved.
 */
final class ApplyJob extends ReviewJob {

	private final ServerReview review;
	private final Plan reviewed;
	private final Decisions decisions;
	private final SessionModelChanges modelChanges;
	private final String server;

	ApplyJob(ServerReview review, Plan reviewed, Decisions decisions, SessionModelChanges modelChanges, String server,
			Executor view, ReviewOutcome outcome) {
		super(NLS.bind(ReviewMessages.Review_applyJob, server), view, outcome);
		this.review = review;
		this.reviewed = reviewed;
		this.decisions = decisions;
		this.modelChanges = modelChanges;
		this.server = server;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			ApplyReport report = review.apply(reviewed, decisions, ReviewCredentials.store(), modelChanges, monitor);
			modelChanges.saved();
			view.execute(() -> outcome.applied(server, report));
		} catch (ServerSync.Refused e) {
			view.execute(() -> outcome.failed(ReviewTexts.refusal(e)));
		} catch (ConnectorException e) {
			view.execute(() -> outcome.failed(ReviewLabels.serverFailure(server, e)));
		} catch (CredentialException | IOException | RuntimeException e) {
			view.execute(() -> outcome.failed(NLS.bind(ReviewMessages.Review_failed, getName(), String.valueOf(e.getMessage()))));
		}
		return Status.OK_STATUS;
	}
}
