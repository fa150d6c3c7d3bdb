package cc.enet.mailbox.ui.editors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.actions.ActionFactory;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.core.csv.MailboxTsv;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.ui.text.Counted;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * Copy and paste of the selected rows as TSV (the CSV's columns, never a password), and Select All: the table's
 * handlers of the workbench's global Copy, Paste and Select All (Edit menu, keys, context menu). A paste is one
 * command on the session's stack, so one Undo reverses it whatever the number of rows.
 */
public final class TableClipboard {

	private static final int MAX_PASTE_PROBLEMS_SHOWN = 200;

	private final MailboxTableEditor editor;
	private final IAction copy = action(ActionFactory.COPY, this::copySelection);
	private final IAction paste = action(ActionFactory.PASTE, this::pasteFromClipboard);
	private final IAction selectAll = action(ActionFactory.SELECT_ALL, this::selectAll);

	TableClipboard(MailboxTableEditor editor) {
		this.editor = editor;
	}

	/** A global action handler: the workbench's retargetable Edit actions take one per part. */
	private static IAction action(ActionFactory global, Runnable run) {
		Action action = new Action() {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setActionDefinitionId(global.getCommandId());
		return action;
	}

	public IAction copyAction() {
		return copy;
	}

	public IAction pasteAction() {
		return paste;
	}

	public IAction selectAllAction() {
		return selectAll;
	}

	private void selectAll() {
		editor.table().viewer().getTable().selectAll();
		editor.table().select(List.of(editor.table().rows()), false);
	}

	private Shell shell() {
		return editor.getSite().getShell();
	}

	/** The selected rows as TSV with the CSV's column names; never a password. */
	public void copySelection() {
		List<Mailbox> rows = editor.table().selectedMailboxes();
		if (rows.isEmpty()) {
			return;
		}
		Clipboard clipboard = new Clipboard(editor.getSite().getShell().getDisplay());
		try {
			clipboard.setContents(new Object[] { MailboxTsv.copy(rows) }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		editor.getEditorSite().getActionBars().getStatusLineManager()
				.setMessage(Counted.bind(UiMessages.Copy_done, Integer.valueOf(rows.size())));
	}

	public void pasteFromClipboard() {
		Clipboard clipboard = new Clipboard(editor.getSite().getShell().getDisplay());
		String text;
		try {
			text = (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
		List<MailboxTsv.Problem> problems = paste(text == null ? "" : text);
		if (!problems.isEmpty()) {
			MultiStatus details = new MultiStatus("cc.enet.mailbox.ui", 0,
					Counted.bind(UiMessages.Paste_rejected, Integer.valueOf(problems.size())), null);
			problems.stream().limit(MAX_PASTE_PROBLEMS_SHOWN).forEach(problem -> details.add(new Status(IStatus.ERROR,
					"cc.enet.mailbox.ui", NLS.bind(UiMessages.Paste_problem, new Object[] { Integer.valueOf(problem.line()),
							problem.column() == null ? "" : problem.column(), problem.reason() }))));
			ErrorDialog.openError(shell(), UiMessages.Paste_title, null, details);
		}
	}

	/**
	 * Applies pasted TSV rows to the mailboxes they name, as one command; when any row is wrong nothing changes.
	 * Returns every problem with its line (empty when the paste went in); the clipboard action shows them.
	 */
	public List<MailboxTsv.Problem> paste(String text) {
		List<Mailbox> scope = editor.allMailboxes();
		if (scope == null) {
			return List.of();
		}
		Map<String, Mailbox> byAddress = new HashMap<>(scope.size() * 2);
		for (Mailbox mailbox : scope) {
			byAddress.putIfAbsent(Addresses.key(mailbox.getAddress()), mailbox);
		}
		MailboxTsv.Paste paste = MailboxTsv.read(text, byAddress::get);
		if (!paste.isValid()) {
			return paste.problems();
		}
		Command command = paste.command(Counted.bind(UiMessages.Paste_label, Integer.valueOf(paste.mailboxes().size())));
		editor.execute(command, paste.mailboxes().size());
		editor.table().select(paste.mailboxes(), true);
		return List.of();
	}
}
