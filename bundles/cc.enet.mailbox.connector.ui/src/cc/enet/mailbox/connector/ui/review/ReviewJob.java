package cc.enet.mailbox.connector.ui.review;

import java.util.concurrent.Executor;

import org.eclipse.core.runtime.jobs.Job;

/**
 * A plan, apply or pull of Review Changes, run in the background with progress and Cancel; one of
 * {@link ReviewView#JOB_FAMILY}. What it finds goes to {@link ReviewOutcome} on the UI thread, while the view is open.
 */
abstract class ReviewJob extends Job {

	/** Runs on the UI thread while the view is open; dropped after. */
	protected final Executor view;
	protected final ReviewOutcome outcome;

	ReviewJob(String name, Executor view, ReviewOutcome outcome) {
		super(name);
		this.view = view;
		this.outcome = outcome;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ReviewView.JOB_FAMILY;
	}
}
