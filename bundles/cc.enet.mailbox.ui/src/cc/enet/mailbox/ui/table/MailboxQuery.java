package cc.enet.mailbox.ui.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.ui.session.ConsoleSession.Findings;

/**
 * What the table shows: the mailboxes that match the quick search (address, display name or any setting's text)
 * and, if asked, only those with errors, sorted by one column. Free of SWT so it runs in a job.
 *
 * @param text       the quick-search text, matched case-insensitively; blank matches everything
 * @param errorsOnly only mailboxes with at least one error
 */
public record MailboxQuery(String text, boolean errorsOnly, MailboxTableColumn sortColumn, boolean ascending) {

	public static final MailboxQuery DEFAULT = new MailboxQuery("", false, MailboxTableColumn.ADDRESS, true);

	public MailboxQuery withText(String newText) {
		return new MailboxQuery(newText, errorsOnly, sortColumn, ascending);
	}

	public MailboxQuery withErrorsOnly(boolean only) {
		return new MailboxQuery(text, only, sortColumn, ascending);
	}

	/** Sorts by {@code column}; the same column again turns the direction round. */
	public MailboxQuery sortedBy(MailboxTableColumn column) {
		return new MailboxQuery(text, errorsOnly, column, column == sortColumn ? !ascending : true);
	}

	public boolean isFiltering() {
		return errorsOnly || !text.isBlank();
	}

	public Mailbox[] run(List<Mailbox> all, Findings findings, IProgressMonitor monitor) {
		String needle = text.strip().toLowerCase(Locale.ROOT);
		List<Mailbox> matching = new ArrayList<>(all.size());
		int n = 0;
		for (Mailbox mailbox : all) {
			if ((++n & 0xFFF) == 0 && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (errorsOnly && findings.errorsOf(mailbox) == 0) {
				continue;
			}
			if (needle.isEmpty() || matches(mailbox, needle, findings)) {
				matching.add(mailbox);
			}
		}
		return sort(matching, findings);
	}

	private Mailbox[] sort(List<Mailbox> matching, Findings findings) {
		int size = matching.size();
		Row[] order = new Row[size];
		boolean numeric = sortColumn.isNumeric();
		for (int i = 0; i < size; i++) {
			Mailbox mailbox = matching.get(i);
			String address = lower(mailbox.getAddress());
			String key = numeric || sortColumn == MailboxTableColumn.ADDRESS ? address
					: lower(sortColumn.text(mailbox, findings));
			order[i] = new Row(mailbox, numeric ? sortColumn.number(mailbox, findings) : 0, key, address);
		}
		// ties keep address order, so the table never jumps about between equal rows
		Comparator<Row> byKey = numeric ? Row::compareNumbers
				: sortColumn == MailboxTableColumn.ADDRESS ? Row::compareAddresses : Row::compareKeys;
		Arrays.sort(order, ascending ? byKey : byKey.reversed());
		Mailbox[] rows = new Mailbox[size];
		for (int i = 0; i < size; i++) {
			rows[i] = order[i].mailbox;
		}
		return rows;
	}

	private static String lower(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT);
	}

	/** A mailbox with its sort key made once, not in every comparison. */
	private record Row(Mailbox mailbox, long number, String key, String address) {
		static int compareNumbers(Row a, Row b) {
			int byNumber = Long.compare(a.number, b.number);
			return byNumber != 0 ? byNumber : a.address.compareTo(b.address);
		}

		static int compareKeys(Row a, Row b) {
			int byKey = a.key.compareTo(b.key);
			return byKey != 0 ? byKey : a.address.compareTo(b.address);
		}

		static int compareAddresses(Row a, Row b) {
			return a.address.compareTo(b.address);
		}
	}

	static boolean matches(Mailbox m, String needle, Findings findings) {
		if (contains(m.getAddress(), needle) || contains(m.getDisplayName(), needle)
				|| contains(Integer.toString(m.getQuotaMb()), needle)
				|| m.getSendEncoding() != null && (contains(m.getSendEncoding().getLiteral(), needle)
						|| contains(EnumLabels.label(m.getSendEncoding()), needle))
				|| contains(MailboxTableColumn.retention(m), needle)) {
			return true;
		}
		Forwarding forwarding = m.getForwarding();
		if (forwarding != null && (anyContains(forwarding.getTargets(), needle)
				|| forwarding.isKeepCopy() && contains(MailboxTableColumn.forwarding(forwarding), needle))) {
			return true;
		}
		Filters filters = m.getFilters();
		return filters != null && (anyContains(filters.getAllowAddresses(), needle)
				|| anyContains(filters.getAllowDomains(), needle) || anyContains(filters.getDenyAddresses(), needle)
				|| anyContains(filters.getDenyDomains(), needle)
				|| contains(MailboxTableColumn.spamVirus(filters), needle));
	}

	private static boolean anyContains(List<String> values, String needle) {
		for (String value : values) {
			if (contains(value, needle)) {
				return true;
			}
		}
		return false;
	}

	private static boolean contains(String value, String needle) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
	}
}
