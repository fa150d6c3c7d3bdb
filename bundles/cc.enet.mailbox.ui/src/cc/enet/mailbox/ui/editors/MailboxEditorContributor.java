package cc.enet.mailbox.ui.editors;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

import cc.enet.mailbox.ui.parts.CommandStackAction;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.parts.SessionEditor;

/**
 * Points the workbench's Undo, Redo, Copy, Paste and Select All at the active mailbox table: Undo and Redo run on
 * the session's command stack, so Edit > Undo (Ctrl+Z) reverses the last bulk edit, paste, quick fix or property.
 */
public final class MailboxEditorContributor extends EditorActionBarContributor {

	private ConsoleSession boundTo;
	private CommandStackAction undo;
	private CommandStackAction redo;

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (!(part instanceof SessionEditor editor)) {
			return;
		}
		if (boundTo != editor.session()) {
			disposeActions();
			boundTo = editor.session();
			undo = CommandStackAction.undo(boundTo);
			redo = CommandStackAction.redo(boundTo);
		}
		IActionBars bars = getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		TableClipboard clipboard = part instanceof MailboxTableEditor table ? table.clipboard() : null;
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), clipboard == null ? null : clipboard.copyAction());
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), clipboard == null ? null : clipboard.pasteAction());
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), clipboard == null ? null : clipboard.selectAllAction());
		bars.updateActionBars();
	}

	/** The Undo action currently installed, for tests. */
	public IAction undoAction() {
		return undo;
	}

	private void disposeActions() {
		if (undo != null) {
			undo.dispose();
			redo.dispose();
		}
	}

	@Override
	public void dispose() {
		disposeActions();
		super.dispose();
	}
}
