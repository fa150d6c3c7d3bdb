package cc.enet.mailbox.ui.internal;

/** An editor whose changes are commands on a session's stack: the editor contributor points Undo/Redo at it. */
public interface SessionEditor {
	ConsoleSession session();
}
