package cc.enet.mailbox.ui.editors;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.core.edit.MailboxBulkEdit;
import cc.enet.mailbox.core.edit.MailboxBulkEdit.FilterList;
import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.ui.text.Counted;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.rules.Validation;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * The mailbox table's bulk edits, one command with the edit as its parameter: a field set for every selected row as
 * one command on the session's stack, so one Undo reverses it whatever the number of rows.
 */
public final class BulkEditHandler extends AbstractHandler {

	public static final String ID = "cc.enet.mailbox.ui.commands.bulkEdit";
	/** quota, encoding.LITERAL, retention.LITERAL, retention.days, keepCopy.on / .off, filter.add / .remove, filter.enetDomains */
	public static final String EDIT = ID + ".edit";

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof MailboxTableEditor editor)) {
			return null;
		}
		List<Mailbox> rows = editor.table().selectedMailboxes();
		if (rows.isEmpty()) {
			return null;
		}
		Command command = new Edit(editor.session().editingDomain(), editor.getSite().getShell(), rows).command(event.getParameter(EDIT));
		if (command != null) {
			editor.execute(command, rows.size());
		}
		return null;
	}

	/** One bulk edit of the selected rows, with what its dialogs need. */
	private record Edit(EditingDomain domain, Shell shell, List<Mailbox> rows) {

		/** The command of {@code edit} for the rows, or null when the user cancelled its dialog. */
		Command command(String edit) {
			int dot = edit.indexOf('.');
			String value = dot < 0 ? "" : edit.substring(dot + 1);
			return switch (dot < 0 ? edit : edit.substring(0, dot)) {
				case "quota" -> quota();
				case "encoding" -> {
					SendEncoding encoding = SendEncoding.valueOf(value);
					yield MailboxBulkEdit.setSendEncoding(domain, rows, encoding, label(UiMessages.Bulk_encodingLabel, EnumLabels.label(encoding)));
				}
				case "retention" -> value.equals("days") ? retentionDays() : retention(Retention.valueOf(value));
				case "keepCopy" -> {
					boolean keep = value.equals("on");
					yield MailboxBulkEdit.setKeepCopy(domain, rows, keep,
							label(UiMessages.Bulk_keepCopyLabel, keep ? UiMessages.Bulk_keepCopyOn : UiMessages.Bulk_keepCopyOff));
				}
				case "filter" -> value.equals("enetDomains")
						? MailboxBulkEdit.addEnetDomains(domain, rows, label(UiMessages.Bulk_addEnetDomainsLabel, ""))
						: filterEntry(value.equals("add"));
				default -> throw new IllegalArgumentException("no bulk edit " + edit);
			};
		}

		/** The edit's name for Undo and the status line: the one mailbox's address, or how many. */
		private String label(String pattern, String value) {
			return Counted.bind(pattern, value, Integer.valueOf(rows.size()), who());
		}

		private String who() {
			return rows.size() == 1 ? rows.get(0).getAddress() : Counted.bind(UiMessages.Bulk_mailboxes, Integer.valueOf(rows.size()));
		}

		private Command quota() {
			InputDialog dialog = new InputDialog(shell, UiMessages.Bulk_setQuotaTitle,
					Counted.bind(UiMessages.Bulk_setQuotaMessage, Integer.valueOf(rows.size())),
					Integer.toString(rows.get(0).getQuotaMb()), text -> validateQuota(rows.get(0), text));
			if (dialog.open() != Window.OK) {
				return null;
			}
			int quota = Integer.parseInt(dialog.getValue().strip());
			return MailboxBulkEdit.setQuota(domain, rows, quota, label(UiMessages.Bulk_quotaLabel, Integer.toString(quota)));
		}

		private Command retention(Retention retention) {
			return MailboxBulkEdit.setRetention(domain, rows, retention, 0,
					label(UiMessages.Bulk_retentionLabel, EnumLabels.label(retention)));
		}

		private Command retentionDays() {
			InputDialog dialog = new InputDialog(shell, UiMessages.Bulk_retentionDaysTitle,
					Counted.bind(UiMessages.Bulk_retentionDaysMessage, Integer.valueOf(rows.size())), "14",
					BulkEditHandler::validateWholeNumber);
			if (dialog.open() != Window.OK) {
				return null;
			}
			int days = Integer.parseInt(dialog.getValue().strip());
			String text = Counted.bind(UiMessages.Retention_leaveDays, Integer.valueOf(days));
			return MailboxBulkEdit.setRetention(domain, rows, Retention.LEAVE_DAYS, days, label(UiMessages.Bulk_retentionLabel, text));
		}

		private Command filterEntry(boolean add) {
			FilterEntryDialog dialog = new FilterEntryDialog(shell, add, rows.size());
			if (dialog.open() != Window.OK) {
				return null;
			}
			FilterList list = dialog.list();
			String value = dialog.value();
			Object[] bindings = { value, FilterEntryDialog.listLabel(list), Integer.valueOf(rows.size()), who() };
			return add
					? MailboxBulkEdit.addFilterEntries(domain, rows, list, List.of(value), Counted.bind(UiMessages.Bulk_addEntryLabel, bindings))
					: MailboxBulkEdit.removeFilterEntry(domain, rows, list, value, Counted.bind(UiMessages.Bulk_removeEntryLabel, bindings));
		}
	}

	/**
	 * A whole number the quota rule lets pass (0 MB is quota.invalid, an error): checked on a copy of a selected
	 * mailbox before anything is applied, refused with the rule's message in the console's language.
	 */
	static String validateQuota(Mailbox sample, String text) {
		String notNumber = validateWholeNumber(text);
		if (notNumber != null) {
			return notNumber;
		}
		Mailbox copy = EcoreUtil.copy(sample);
		copy.setQuotaMb(Integer.parseInt(text.strip()));
		ConsoleSession session = ConsoleSession.current();
		Locale locale = session == null ? Locale.getDefault() : session.locale();
		try {
			return new Validation().findings(copy).stream()
					.filter(f -> f.target() == copy && f.feature() == Literals.MAILBOX_SETTINGS__QUOTA_MB && f.severity() == Severity.ERROR)
					.map(f -> f.message(locale)).findFirst().orElse(null);
		} catch (RuntimeException e) {
			return null; // a rule that cannot judge a copy: the applied value is still checked by the session, as in the forms
		}
	}

	static String validateWholeNumber(String text) {
		try {
			return Integer.parseInt(text.strip()) >= 0 ? null : UiMessages.Bulk_notWholeNumber;
		} catch (NumberFormatException e) {
			return UiMessages.Bulk_notWholeNumber;
		}
	}
}
