package cc.enet.mailbox.connector.ui.review;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import cc.enet.mailbox.connector.ConnectorException;

/** Takes every value the server holds into the model in the background, as one command, and saves. */
final class PullJob extends ReviewJob {

	private final ServerReview review;
	private final SessionModelChanges modelChanges;
	private final String server;

	PullJob(ServerReview review, SessionModelChanges modelChanges, String server, Executor view, ReviewOutcome outcome) {
		super(NLS.bind(ReviewMessages.Review_pullJob, server), view, outcome);
		this.review = review;
		this.modelChanges = modelChanges;
		this.server = server;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			List<String> changed = review.pull(modelChanges, monitor);
			modelChanges.saved();
			view.execute(() -> outcome.pulled(server, changed.size()));
		} catch (ConnectorException e) {
			view.execute(() -> outcome.failed(ReviewLabels.serverFailure(server, e)));
		} catch (IOException | RuntimeException e) {
			view.execute(() -> outcome.failed(NLS.bind(ReviewMessages.Review_failed, getName(), String.valueOf(e.getMessage()))));
		}
		return Status.OK_STATUS;
	}
}
