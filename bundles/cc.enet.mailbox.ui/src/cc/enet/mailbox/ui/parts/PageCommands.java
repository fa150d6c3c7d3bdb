package cc.enet.mailbox.ui.parts;

import cc.enet.mailbox.ui.session.ConsoleSession;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;

/**
 * The commands a preference page ran on the workspace's stack: its changes are edits like any other (Save and Undo
 * treat them alike), and Cancel undoes exactly these, newest first, as long as nothing else was done since.
 */
public final class PageCommands {

	private final ConsoleSession session;
	private final List<Command> executed = new ArrayList<>();

	public PageCommands(ConsoleSession session) {
		this.session = session;
	}

	/** Runs {@code command} on the session's stack; false when the stack refused it (an apply is writing). */
	public boolean execute(Command command) {
		session.commandStack().execute(command);
		if (session.commandStack().getUndoCommand() == command) {
			executed.add(command);
			return true;
		}
		return false;
	}

	public void undoAll() {
		for (int i = executed.size() - 1; i >= 0; i--) {
			if (session.commandStack().getUndoCommand() != executed.get(i)) {
				return;
			}
			session.commandStack().undo();
		}
		executed.clear();
	}
}
