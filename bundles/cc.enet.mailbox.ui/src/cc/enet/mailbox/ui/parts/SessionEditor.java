package cc.enet.mailbox.ui.parts;

import cc.enet.mailbox.ui.session.ConsoleSession;

/** An editor whose changes are commands on a session's stack: the editor contributor points Undo/Redo at it. */
public interface SessionEditor {
	ConsoleSession session();
}
