package cc.enet.mailbox.ui.session;

import cc.enet.mailbox.ui.internal.UiMessages;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.core.edit.EditingDomains;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceLock;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.rules.ChangedObjects;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.IncrementalValidation;
import cc.enet.mailbox.rules.ServerForwards;
import cc.enet.mailbox.rules.Severity;

/**
 * The workspace the window shows, its editing domain (one undo stack for every editor and view), and its latest
 * findings. Validation runs in a job after every command; a run that overlaps a command is thrown away and
 * repeated, so the model is only ever read by the job while no command changes it. The first run checks the whole
 * workspace; later runs check only what the commands since the last run changed ({@link IncrementalValidation}).
 */
public final class ConsoleSession {

	/** What views hear about; every call comes on the UI thread. */
	public interface Listener {
		default void sessionOpened(ConsoleSession session) {
		}

		/** After every command, undo, redo and save: labels and the dirty marker may have changed. */
		default void modelChanged(ConsoleSession session) {
		}

		default void findingsChanged(ConsoleSession session) {
		}

		/** After the workspace was written to disk. */
		default void saved(ConsoleSession session) {
		}
	}

	/** One validation's result: the findings, and errors plus warnings per mailbox for the table. */
	public record Findings(List<Finding> list, Map<Mailbox, int[]> perMailbox, boolean complete) {
		public static final Findings NONE = new Findings(List.of(), Map.of(), false);

		/** Errors and warnings of one mailbox. */
		public int problemsOf(Mailbox mailbox) {
			int[] count = perMailbox.get(mailbox);
			return count == null ? 0 : count[0] + count[1];
		}

		public int errorsOf(Mailbox mailbox) {
			int[] count = perMailbox.get(mailbox);
			return count == null ? 0 : count[0];
		}
	}

	private static final ListenerList<Listener> LISTENERS = new ListenerList<>();
	private static volatile ConsoleSession current;

	private final MailboxWorkspace workspace;
	private final AdapterFactoryEditingDomain editingDomain;
	private final AtomicLong modelVersion = new AtomicLong();
	private final ValidationJob validationJob = new ValidationJob();
	private final CommandStackListener stackListener;
	/** Every change to the model, for the next incremental validation. */
	private final ChangedObjects changes = new ChangedObjects();
	/** Touched by the validation job only; null until its first run, and after a run that failed. */
	private IncrementalValidation incremental;
	private volatile boolean checkEverything;
	private volatile Findings findings = Findings.NONE;
	private volatile ServerForwards serverForwards = ServerForwards.NONE;
	private final WorkspaceSaveable saveable;
	/** Why the model must not be edited now (an apply or a pull is running), or null. */
	private volatile String busy;

	/** The workspace's writer lock, held for the session; null where a test makes a session of its own. */
	private volatile WorkspaceLock lock;

	public ConsoleSession(MailboxWorkspace workspace) {
		this(workspace, null);
	}

	public ConsoleSession(MailboxWorkspace workspace, WorkspaceLock lock) {
		this.lock = lock;
		this.workspace = workspace;
		this.editingDomain = EditingDomains.create(workspace.resourceSet(), new GuardedCommandStack());
		this.saveable = new WorkspaceSaveable(this);
		this.stackListener = event -> {
			modelVersion.incrementAndGet();
			validationJob.schedule(250);
			fire(l -> l.modelChanged(this));
		};
		editingDomain.getCommandStack().addCommandStackListener(stackListener);
		workspace.root().eAdapters().add(changes);
	}

	public static ConsoleSession current() {
		return current;
	}

	/** Makes {@code session} the window's session, tells every listener, and starts its first validation. */
	public static void setCurrent(ConsoleSession session) {
		ConsoleSession old = current;
		current = session;
		if (old != null) {
			old.dispose();
		}
		if (session != null) {
			session.validationJob.schedule();
			fire(l -> l.sessionOpened(session));
		}
	}

	public static void addListener(Listener listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Listener listener) {
		LISTENERS.remove(listener);
	}

	private static void fire(Consumer<Listener> event) {
		for (Listener listener : LISTENERS) {
			event.accept(listener);
		}
	}

	public MailboxWorkspace workspace() {
		return workspace;
	}

	public AdapterFactoryEditingDomain editingDomain() {
		return editingDomain;
	}

	public BasicCommandStack commandStack() {
		return (BasicCommandStack) editingDomain.getCommandStack();
	}

	public WorkspaceSaveable saveable() {
		return saveable;
	}

	public boolean isDirty() {
		return commandStack().isSaveNeeded();
	}

	/** Writes every changed customer file atomically; the undo history stays, only the save point moves. */
	public void save() throws IOException {
		WorkspaceStore.save(workspace);
		saved();
	}

	/**
	 * Saves with a modal progress dialog while the files are written on another thread: the window keeps painting,
	 * and no edit can reach the model halfway through a save. Falls back to {@link #save()} off the UI thread.
	 */
	public void saveWithProgress() throws IOException {
		if (Display.getCurrent() == null || !PlatformUI.isWorkbenchRunning()) {
			save();
			return;
		}
		try {
			PlatformUI.getWorkbench().getProgressService().run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(UiMessages.Save_task, workspace.folder().getFileName()),
						IProgressMonitor.UNKNOWN);
				try {
					WorkspaceStore.save(workspace);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
		saved();
	}

	/**
	 * Tells the window the workspace was written by someone else on the session's behalf (apply saves the new base
	 * states from its job); call on the UI thread.
	 */
	public void savedExternally() {
		saved();
	}

	private void saved() {
		commandStack().saveIsDone();
		fire(l -> l.modelChanged(this));
		fire(l -> l.saved(this));
	}

	/**
	 * While {@code reason} is set, commands, undo and redo are refused (with {@code reason} shown): an apply or a
	 * pull plans on what the model is now, and its own changes come as one command ({@link #executeBusyWork}). Null
	 * ends it. Call on the UI thread.
	 */
	public void setBusy(String reason) {
		busy = reason;
		fire(l -> l.modelChanged(this)); // Undo/Redo enablement
	}

	public String busy() {
		return busy;
	}

	/**
	 * Executes the model's changes of the work the session is busy with (what an apply or a pull takes into the
	 * model) as one command, which Undo then treats like any edit. Call on the UI thread.
	 */
	public void executeBusyWork(Command command) {
		GuardedCommandStack stack = (GuardedCommandStack) commandStack();
		stack.busyWork = true;
		try {
			stack.execute(command);
		} finally {
			stack.busyWork = false;
		}
	}

	/** The one command stack of the session; refuses while {@link #busy()}. */
	private final class GuardedCommandStack extends BasicCommandStack {
		/** Set while {@link #executeBusyWork} runs: the busy work's own command is not refused. */
		boolean busyWork;

		@Override
		public void execute(Command command) {
			if (!busyWork && refused()) {
				return;
			}
			super.execute(command);
		}

		@Override
		public boolean canUndo() {
			return busy == null && super.canUndo();
		}

		@Override
		public boolean canRedo() {
			return busy == null && super.canRedo();
		}

		@Override
		public void undo() {
			if (!refused()) {
				super.undo();
			}
		}

		@Override
		public void redo() {
			if (!refused()) {
				super.redo();
			}
		}

		private boolean refused() {
			String reason = busy;
			if (reason == null) {
				return false;
			}
			Display display = Display.getCurrent();
			if (display != null) {
				MessageDialog.openInformation(display.getActiveShell(), UiMessages.Busy_title, reason);
			}
			return true;
		}
	}

	/** The latest complete findings; empty (and not complete) until the first validation ends. */
	public Findings findings() {
		return findings;
	}

	/**
	 * Re-runs every rule on the whole workspace now (in the background): also after a change the model does not
	 * record, such as a setting kept outside it.
	 */
	public void validate() {
		checkEverything = true;
		validationJob.schedule();
	}

	/**
	 * Follows forwarding loops through what a server holds from now on (after a plan read it), so that a loop through a
	 * mailbox the workspace does not manage shows in the Problems view and blocks apply.
	 */
	public void useServerForwards(ServerForwards forwards) {
		serverForwards = forwards;
		checkEverything = true;
		validationJob.schedule();
	}

	/** Waits for the pending validation; for tests and the benchmark. */
	public void joinValidation() throws InterruptedException {
		validationJob.join();
	}

	public Locale locale() {
		return Locale.getDefault().getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
	}

	/** Gives up the workspace lock now: the same folder is being opened again, by a session that takes it over. */
	void releaseLock() {
		WorkspaceLock held = lock;
		lock = null;
		if (held != null) {
			held.close();
		}
	}

	private void dispose() {
		releaseLock();
		validationJob.cancel();
		editingDomain.getCommandStack().removeCommandStackListener(stackListener);
		workspace.root().eAdapters().remove(changes);
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
					incremental = new IncrementalValidation(workspace.root(), serverForwards);
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
			Map<Mailbox, int[]> perMailbox = new IdentityHashMap<>();
			for (Finding finding : list) {
				if (finding.severity() != Severity.INFO) {
					Mailbox mailbox = mailboxOf(finding.target());
					if (mailbox != null) {
						perMailbox.computeIfAbsent(mailbox, m -> new int[2])[finding.severity() == Severity.ERROR ? 0 : 1]++;
					}
				}
			}
			Findings result = new Findings(List.copyOf(list), perMailbox, true);
			Display display = Display.getDefault();
			display.asyncExec(() -> {
				if (current == ConsoleSession.this && version == modelVersion.get()) {
					findings = result;
					fire(l -> l.findingsChanged(ConsoleSession.this));
				}
			});
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == ConsoleSession.class;
		}
	}

	public static Mailbox mailboxOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Mailbox mailbox) {
				return mailbox;
			}
		}
		return null;
	}
}
