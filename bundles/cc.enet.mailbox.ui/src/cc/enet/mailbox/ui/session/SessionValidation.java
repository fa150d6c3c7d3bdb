package cc.enet.mailbox.ui.session;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.rules.ChangedObjects;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.IncrementalValidation;
import cc.enet.mailbox.rules.ServerForwards;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.session.ConsoleSession.Findings;

/**
 * The session's findings, kept current in a job after every command. A run that overlaps a command is thrown away
 * and repeated, so the model is only ever read by the job while no command changes it. The first run checks the
 * whole workspace; later runs check only what the commands since the last run changed ({@link IncrementalValidation}).
 */
final class SessionValidation {

	private final ConsoleSession session;
	private final AtomicLong modelVersion = new AtomicLong();
	private final ValidationJob job = new ValidationJob();
	/** Every change to the model, for the next incremental validation. */
	private final ChangedObjects changes = new ChangedObjects();
	/** Touched by the job only; null until its first run, and after a run that failed. */
	private IncrementalValidation incremental;
	private volatile boolean checkEverything;
	private volatile Findings findings = Findings.NONE;
	private volatile ServerForwards serverForwards = ServerForwards.NONE;

	SessionValidation(ConsoleSession session) {
		this.session = session;
		session.workspace().root().eAdapters().add(changes);
	}

	/** The latest complete findings; empty (and not complete) until the first run ends. */
	Findings findings() {
		return findings;
	}

	void start() {
		job.schedule();
	}

	/** A command, undo or redo ran: a run reading the model now is thrown away, the next checks what it changed. */
	void modelChanged() {
		modelVersion.incrementAndGet();
		job.schedule(250);
	}

	/** Every rule on the whole workspace, in the background. */
	void checkEverything() {
		checkEverything = true;
		job.schedule();
	}

	/** Follows forwarding loops through what a server holds from now on. */
	void useServerForwards(ServerForwards forwards) {
		serverForwards = forwards;
		checkEverything();
	}

	void join() throws InterruptedException {
		job.join();
	}

	void stop() {
		job.cancel();
		session.workspace().root().eAdapters().remove(changes);
	}

	private final class ValidationJob extends Job {
		ValidationJob() {
			super(UiMessages.Job_validate);
			setPriority(DECORATE);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			monitor.beginTask(UiMessages.Job_validate, IProgressMonitor.UNKNOWN);
			long version = modelVersion.get();
			List<EObject> changed = changes.drain();
			List<Finding> list;
			try {
				if (checkEverything) {
					checkEverything = false;
					incremental = null;
				}
				if (incremental == null) {
					incremental = new IncrementalValidation(session.workspace().root(), serverForwards);
					list = incremental.findings();
				} else {
					list = incremental.update(changed);
				}
			} catch (RuntimeException e) {
				incremental = null; // its state may be half updated: the next run checks everything
				if (version != modelVersion.get()) {
					return Status.OK_STATUS; // a command ran meanwhile and scheduled the next run
				}
				return Status.error(UiMessages.Job_validate, e);
			}
			if (monitor.isCanceled() || version != modelVersion.get()) {
				changes.restore(changed); // read while a command changed them: check them again next time
				return Status.CANCEL_STATUS;
			}
			Findings result = new Findings(List.copyOf(list), perMailbox(list), true);
			Display.getDefault().asyncExec(() -> {
				if (CurrentSession.is(session) && version == modelVersion.get()) {
					findings = result;
					SessionListeners.fire(l -> l.findingsChanged(session));
				}
			});
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == ConsoleSession.class;
		}
	}

	/** Errors and warnings per mailbox, for the table. */
	private static Map<Mailbox, int[]> perMailbox(List<Finding> list) {
		Map<Mailbox, int[]> perMailbox = new IdentityHashMap<>();
		for (Finding finding : list) {
			if (finding.severity() != Severity.INFO) {
				Mailbox mailbox = ConsoleSession.mailboxOf(finding.target());
				if (mailbox != null) {
					perMailbox.computeIfAbsent(mailbox, m -> new int[2])[finding.severity() == Severity.ERROR ? 0 : 1]++;
				}
			}
		}
		return perMailbox;
	}
}
