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
		Integer[] order = new Integer[size];
		for (int i = 0; i < size; i++) {
			order[i] = i;
		}
		Comparator<Integer> byKey;
		if (sortColumn.isNumeric()) {
			long[] keys = new long[size];
			for (int i = 0; i < size; i++) {
				keys[i] = sortColumn.number(matching.get(i), findings);
			}
			byKey = (a, b) -> Long.compare(keys[a], keys[b]);
		} else {
			String[] keys = new String[size];
			for (int i = 0; i < size; i++) {
				keys[i] = sortColumn.text(matching.get(i), findings).toLowerCase(Locale.ROOT);
			}
			byKey = (a, b) -> keys[a].compareTo(keys[b]);
		}
		// ties keep address order, so the table never jumps about between equal rows
		String[] addresses = new String[size];
		for (int i = 0; i < size; i++) {
			String address = matching.get(i).getAddress();
			addresses[i] = address == null ? "" : address.toLowerCase(Locale.ROOT);
		}
		Comparator<Integer> order2 = byKey.thenComparing((a, b) -> addresses[a].compareTo(addresses[b]));
		Arrays.sort(order, ascending ? order2 : order2.reversed());
		Mailbox[] rows = new Mailbox[size];
		for (int i = 0; i < size; i++) {
			rows[i] = matching.get(order[i]);
		}
		return rows;
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
