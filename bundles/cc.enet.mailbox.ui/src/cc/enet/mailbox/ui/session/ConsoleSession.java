package cc.enet.mailbox.ui.session;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.core.edit.EditingDomains;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceLock;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.ServerForwards;

/**
 * The workspace the window shows, its editing domain (one undo stack for every editor and view, {@link
 * GuardedCommandStack}), its latest findings ({@link SessionValidation}) and its writer lock. Which session the window
 * shows is {@link CurrentSession}'s; who hears of it, {@link SessionListeners}'.
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

	private final MailboxWorkspace workspace;
	private final AdapterFactoryEditingDomain editingDomain;
	private final GuardedCommandStack commandStack;
	private final CommandStackListener stackListener;
	private final SessionValidation validation;
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
		this.commandStack = new GuardedCommandStack(() -> busy);
		this.editingDomain = EditingDomains.create(workspace.resourceSet(), commandStack);
		this.saveable = new WorkspaceSaveable(this);
		this.validation = new SessionValidation(this);
		this.stackListener = event -> {
			validation.modelChanged();
			SessionListeners.fire(l -> l.modelChanged(this));
		};
		commandStack.addCommandStackListener(stackListener);
	}

	public static ConsoleSession current() {
		return CurrentSession.get();
	}

	/** Makes {@code session} the window's session, tells every listener, and starts its first validation. */
	public static void setCurrent(ConsoleSession session) {
		CurrentSession.set(session);
	}

	public static void addListener(Listener listener) {
		SessionListeners.add(listener);
	}

	public static void removeListener(Listener listener) {
		SessionListeners.remove(listener);
	}

	public MailboxWorkspace workspace() {
		return workspace;
	}

	public AdapterFactoryEditingDomain editingDomain() {
		return editingDomain;
	}

	public BasicCommandStack commandStack() {
		return commandStack;
	}

	public WorkspaceSaveable saveable() {
		return saveable;
	}

	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	/** Writes every changed customer file atomically; the undo history stays, only the save point moves. */
	public void save() throws IOException {
		WorkspaceStore.save(workspace);
		saved();
	}

	/** {@link #save()} with a modal progress dialog on the UI thread ({@link WorkspaceSaving}). */
	public void saveWithProgress() throws IOException {
		WorkspaceSaving.save(workspace);
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
		commandStack.saveIsDone();
		SessionListeners.fire(l -> l.modelChanged(this));
		SessionListeners.fire(l -> l.saved(this));
	}

	/**
	 * While {@code reason} is set, commands, undo and redo are refused (with {@code reason} shown): an apply or a
	 * pull plans on what the model is now, and its own changes come as one command ({@link #executeBusyWork}). Null
	 * ends it. Call on the UI thread.
	 */
	public void setBusy(String reason) {
		busy = reason;
		SessionListeners.fire(l -> l.modelChanged(this)); // Undo/Redo enablement
	}

	public String busy() {
		return busy;
	}

	/**
	 * Executes the model's changes of the work the session is busy with (what an apply or a pull takes into the
	 * model) as one command, which Undo then treats like any edit. Call on the UI thread.
	 */
	public void executeBusyWork(Command command) {
		commandStack.executeBusyWork(command);
	}

	/** The latest complete findings; empty (and not complete) until the first validation ends. */
	public Findings findings() {
		return validation.findings();
	}

	/**
	 * Re-runs every rule on the whole workspace now (in the background): also after a change the model does not
	 * record, such as a setting kept outside it.
	 */
	public void validate() {
		validation.checkEverything();
	}

	/**
	 * Follows forwarding loops through what a server holds from now on (after a plan read it), so that a loop through a
	 * mailbox the workspace does not manage shows in the Problems view and blocks apply.
	 */
	public void useServerForwards(ServerForwards forwards) {
		validation.useServerForwards(forwards);
	}

	/** Waits for the pending validation; for tests and the benchmark. */
	public void joinValidation() throws InterruptedException {
		validation.join();
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

	/** Became the window's session. */
	void opened() {
		validation.start();
	}

	/** Replaced by another session. */
	void dispose() {
		releaseLock();
		validation.stop();
		commandStack.removeCommandStackListener(stackListener);
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
