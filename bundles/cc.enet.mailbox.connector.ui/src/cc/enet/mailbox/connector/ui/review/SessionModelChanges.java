package cc.enet.mailbox.connector.ui.review;

import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.swt.widgets.Display;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.apply.ModelChanges;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * The console's way for an apply or a pull to change the model: while its job runs the session refuses every other
 * edit; from the job, one command on the UI thread that records only the mailboxes it touches, so Undo takes the whole
 * step back and every view and the validation hear of it as of any edit.
 */
final class SessionModelChanges implements ModelChanges {

	private final ConsoleSession session;
	private final Display display;

	SessionModelChanges(ConsoleSession session, Display display) {
		this.session = session;
		this.display = display;
	}

	/** No edit, undo or redo but the job's own until {@code job} is done, even when the view closed meanwhile. */
	void holdWhileRunning(Job job, String reason) {
		session.setBusy(reason);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				display.asyncExec(() -> session.setBusy(null));
			}
		});
	}

	/** The job saved the workspace on the session's behalf (the new base states). */
	void saved() {
		display.asyncExec(session::savedExternally);
	}

	@Override
	public void make(String label, Collection<Mailbox> mailboxes, Runnable change) {
		ChangeCommand command = new ChangeCommand(List.copyOf(mailboxes)) {
			@Override
			protected void doExecute() {
				change.run();
			}
		};
		command.setLabel(label);
		RuntimeException[] failure = new RuntimeException[1];
		display.syncExec(() -> {
			try {
				session.executeBusyWork(command);
			} catch (RuntimeException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
	}
}
