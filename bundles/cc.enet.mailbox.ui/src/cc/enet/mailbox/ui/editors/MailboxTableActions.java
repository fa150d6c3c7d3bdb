package cc.enet.mailbox.ui.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.core.csv.MailboxTsv;
import cc.enet.mailbox.core.edit.MailboxBulkEdit;
import cc.enet.mailbox.core.edit.MailboxBulkEdit.FilterList;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.ui.forms.Forms;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * What staff do to the selected rows: set a field for all of them as one command, copy them as TSV, paste TSV rows
 * back. Every change is one command on the session's stack, so one Undo reverses it whatever the number of rows.
 */
public final class MailboxTableActions {

	private static final int MAX_PASTE_PROBLEMS_SHOWN = 200;

	private final MailboxTableEditor editor;
	private final List<Action> selectionActions = new ArrayList<>();
	private final Action copy;
	private final Action paste;
	private final Action selectAll;

	MailboxTableActions(MailboxTableEditor editor) {
		this.editor = editor;
		copy = new Action(UiMessages.Action_copy) {
			@Override
			public void run() {
				copySelection();
			}
		};
		copy.setActionDefinitionId(ActionFactory.COPY.getCommandId());
		selectionActions.add(copy);
		paste = new Action(UiMessages.Action_paste) {
			@Override
			public void run() {
				pasteFromClipboard();
			}
		};
		paste.setActionDefinitionId(ActionFactory.PASTE.getCommandId());
		selectAll = new Action(UiMessages.Action_selectAll) {
			@Override
			public void run() {
				editor.table().viewer().getTable().selectAll();
				editor.table().select(List.of(editor.table().rows()), false);
			}
		};
		selectAll.setActionDefinitionId(ActionFactory.SELECT_ALL.getCommandId());
	}

	/** Opens the first selected mailbox's form. */
	private final Action openAction = new Action(UiMessages.Action_open) {
		@Override
		public void run() {
			List<Mailbox> rows = editor.table().selectedMailboxes();
			if (!rows.isEmpty()) {
				Forms.open(editor.getSite().getPage(), rows.get(0));
			}
		}
	};

	public IAction openAction() {
		return openAction;
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

	void fillContextMenu(MenuManager menu) {
		menu.add(openAction);
		menu.add(new Separator());
		menu.add(bulk(UiMessages.Bulk_setQuota, this::setQuota));

		IMenuManager encoding = new MenuManager(UiMessages.Bulk_encodingMenu);
		for (SendEncoding value : SendEncoding.VALUES) {
			encoding.add(bulk(EnumLabels.label(value), rows -> MailboxBulkEdit.setSendEncoding(domain(), rows, value,
					label(UiMessages.Bulk_encodingLabel, EnumLabels.label(value), rows))));
		}
		menu.add(encoding);

		IMenuManager retention = new MenuManager(UiMessages.Bulk_retentionMenu);
		retention.add(bulk(EnumLabels.label(Retention.DELETE_AFTER_DOWNLOAD), rows -> MailboxBulkEdit.setRetention(domain(), rows,
				Retention.DELETE_AFTER_DOWNLOAD, 0, label(UiMessages.Bulk_retentionLabel, EnumLabels.label(Retention.DELETE_AFTER_DOWNLOAD), rows))));
		retention.add(bulk(UiMessages.Bulk_retentionDays, this::setRetentionDays));
		retention.add(bulk(EnumLabels.label(Retention.LEAVE_FOREVER), rows -> MailboxBulkEdit.setRetention(domain(), rows,
				Retention.LEAVE_FOREVER, 0, label(UiMessages.Bulk_retentionLabel, EnumLabels.label(Retention.LEAVE_FOREVER), rows))));
		menu.add(retention);

		IMenuManager keepCopy = new MenuManager(UiMessages.Bulk_keepCopyMenu);
		keepCopy.add(bulk(UiMessages.Bulk_keepCopyOn, rows -> MailboxBulkEdit.setKeepCopy(domain(), rows, true,
				label(UiMessages.Bulk_keepCopyLabel, UiMessages.Bulk_keepCopyOn, rows))));
		keepCopy.add(bulk(UiMessages.Bulk_keepCopyOff, rows -> MailboxBulkEdit.setKeepCopy(domain(), rows, false,
				label(UiMessages.Bulk_keepCopyLabel, UiMessages.Bulk_keepCopyOff, rows))));
		menu.add(keepCopy);

		IMenuManager filters = new MenuManager(UiMessages.Bulk_filtersMenu);
		filters.add(bulk(UiMessages.Bulk_addEntry, rows -> filterEntry(rows, true)));
		filters.add(bulk(UiMessages.Bulk_removeEntry, rows -> filterEntry(rows, false)));
		filters.add(new Separator());
		filters.add(bulk(UiMessages.Bulk_addEnetDomains,
				rows -> MailboxBulkEdit.addEnetDomains(domain(), rows, label(UiMessages.Bulk_addEnetDomainsLabel, "", rows))));
		menu.add(filters);

		menu.add(new Separator());
		menu.add(copy);
		menu.add(paste);
		menu.add(selectAll);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		selectionChanged();
	}

	/** An action over the selected rows; {@code command} returns null when the user cancelled a dialog. */
	private Action bulk(String text, Function<List<Mailbox>, Command> command) {
		Action action = new Action(text) {
			@Override
			public void run() {
				List<Mailbox> rows = editor.table().selectedMailboxes();
				if (!rows.isEmpty()) {
					Command built = command.apply(rows);
					if (built != null) {
						editor.execute(built, rows.size());
					}
				}
			}
		};
		selectionActions.add(action);
		return action;
	}

	void selectionChanged() {
		boolean any = !editor.table().viewer().getTable().isDisposed()
				&& editor.table().viewer().getTable().getSelectionCount() > 0;
		for (Action action : selectionActions) {
			action.setEnabled(any);
		}
		openAction.setEnabled(any);
	}

	private EditingDomain domain() {
		return editor.session().editingDomain();
	}

	private static String label(String pattern, String value, List<Mailbox> rows) {
		return NLS.bind(pattern, value, Integer.valueOf(rows.size()));
	}

	private Shell shell() {
		return editor.getSite().getShell();
	}

	private Command setQuota(List<Mailbox> rows) {
		InputDialog dialog = new InputDialog(shell(), UiMessages.Bulk_setQuotaTitle,
				NLS.bind(UiMessages.Bulk_setQuotaMessage, Integer.valueOf(rows.size())),
				Integer.toString(rows.get(0).getQuotaMb()), MailboxTableActions::validateWholeNumber);
		if (dialog.open() != Window.OK) {
			return null;
		}
		int quota = Integer.parseInt(dialog.getValue().strip());
		return MailboxBulkEdit.setQuota(domain(), rows, quota, label(UiMessages.Bulk_quotaLabel, Integer.toString(quota), rows));
	}

	private Command setRetentionDays(List<Mailbox> rows) {
		InputDialog dialog = new InputDialog(shell(), UiMessages.Bulk_retentionDaysTitle,
				NLS.bind(UiMessages.Bulk_retentionDaysMessage, Integer.valueOf(rows.size())), "14",
				MailboxTableActions::validateWholeNumber);
		if (dialog.open() != Window.OK) {
			return null;
		}
		int days = Integer.parseInt(dialog.getValue().strip());
		String text = NLS.bind(UiMessages.Retention_leaveDays, Integer.valueOf(days));
		return MailboxBulkEdit.setRetention(domain(), rows, Retention.LEAVE_DAYS, days,
				label(UiMessages.Bulk_retentionLabel, text, rows));
	}

	private Command filterEntry(List<Mailbox> rows, boolean add) {
		FilterEntryDialog dialog = new FilterEntryDialog(shell(), add, rows.size());
		if (dialog.open() != Window.OK) {
			return null;
		}
		FilterList list = dialog.list();
		String value = dialog.value();
		String where = FilterEntryDialog.listLabel(list);
		return add
				? MailboxBulkEdit.addFilterEntries(domain(), rows, list, List.of(value),
						NLS.bind(UiMessages.Bulk_addEntryLabel, new Object[] { value, where, Integer.valueOf(rows.size()) }))
				: MailboxBulkEdit.removeFilterEntry(domain(), rows, list, value,
						NLS.bind(UiMessages.Bulk_removeEntryLabel, new Object[] { value, where, Integer.valueOf(rows.size()) }));
	}

	static String validateWholeNumber(String text) {
		try {
			return Integer.parseInt(text.strip()) >= 0 ? null : UiMessages.Bulk_notWholeNumber;
		} catch (NumberFormatException e) {
			return UiMessages.Bulk_notWholeNumber;
		}
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
				.setMessage(NLS.bind(UiMessages.Copy_done, Integer.valueOf(rows.size())));
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
					NLS.bind(UiMessages.Paste_rejected, Integer.valueOf(problems.size())), null);
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
		Command command = paste.command(NLS.bind(UiMessages.Paste_label, Integer.valueOf(paste.mailboxes().size())));
		editor.execute(command, paste.mailboxes().size());
		editor.table().select(paste.mailboxes(), true);
		return List.of();
	}
}
