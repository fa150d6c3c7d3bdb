package cc.enet.mailbox.ui.session;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * The one command stack of a session; while the session is busy (an apply or a pull plans on the model as it is),
 * commands, undo and redo are refused, with the reason shown, except the busy work's own command.
 */
final class GuardedCommandStack extends BasicCommandStack {

	private final Supplier<String> busy;
	/** Set while the busy work's own command runs: it is not refused. */
	private boolean busyWork;

	/** @param busy why the model must not be edited now, or null */
	GuardedCommandStack(Supplier<String> busy) {
		this.busy = busy;
	}

	/** Executes the command of the work the session is busy with; Undo then treats it like any edit. */
	void executeBusyWork(Command command) {
		busyWork = true;
		try {
			execute(command);
		} finally {
			busyWork = false;
		}
	}

	@Override
	public void execute(Command command) {
		if (!busyWork && refused()) {
			return;
		}
		super.execute(command);
	}

	@Override
	public boolean canUndo() {
		return busy.get() == null && super.canUndo();
	}

	@Override
	public boolean canRedo() {
		return busy.get() == null && super.canRedo();
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
		String reason = busy.get();
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
