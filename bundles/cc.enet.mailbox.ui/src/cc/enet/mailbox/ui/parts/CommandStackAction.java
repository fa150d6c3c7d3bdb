package cc.enet.mailbox.ui.parts;

import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.session.ConsoleSession;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo or Redo on the session's command stack, labelled with the command ("Undo Set Quota of tanaka@example.jp to 800 MB"). Installed as the
 * workbench's global Undo/Redo handler by every part that edits the model; {@link #dispose} when the part goes.
 */
public final class CommandStackAction extends Action implements CommandStackListener {

	private final CommandStack stack;
	private final boolean undo;

	private CommandStackAction(CommandStack stack, boolean undo) {
		this.stack = stack;
		this.undo = undo;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		setImageDescriptor(images.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
		setDisabledImageDescriptor(
				images.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO_DISABLED : ISharedImages.IMG_TOOL_REDO_DISABLED));
		setActionDefinitionId(undo ? ActionFactory.UNDO.getCommandId() : ActionFactory.REDO.getCommandId());
		stack.addCommandStackListener(this);
		update();
	}

	public static CommandStackAction undo(ConsoleSession session) {
		return new CommandStackAction(session.commandStack(), true);
	}

	public static CommandStackAction redo(ConsoleSession session) {
		return new CommandStackAction(session.commandStack(), false);
	}

	@Override
	public void run() {
		if (undo ? stack.canUndo() : stack.canRedo()) {
			if (undo) {
				stack.undo();
			} else {
				stack.redo();
			}
		}
	}

	@Override
	public void commandStackChanged(EventObject event) {
		update();
	}

	public void update() {
		Command command = undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(undo ? stack.canUndo() : stack.canRedo());
		String label = command == null || command.getLabel() == null || command.getLabel().isBlank() ? null
				: command.getLabel();
		if (undo) {
			setText(label == null ? UiMessages.Action_undo : NLS.bind(UiMessages.Action_undoCommand, label));
		} else {
			setText(label == null ? UiMessages.Action_redo : NLS.bind(UiMessages.Action_redoCommand, label));
		}
	}

	public void dispose() {
		stack.removeCommandStackListener(this);
	}
}
