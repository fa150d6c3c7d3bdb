package cc.enet.mailbox.core.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.ChangeCommand;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.model.Addresses;

/**
 * Mailboxes as tab-separated text, the way spreadsheets copy and paste cells: the CSV's column names in the first
 * line, one mailbox per line, never a password. Pasting goes through the CSV reader, so a pasted row is checked
 * exactly like an imported one, and is all-or-nothing: one bad row and nothing changes.
 */
public final class MailboxTsv {

	/** A rejected pasted line; {@code line} counts from 1 in the pasted text. */
	public record Problem(int line, String column, String reason) {
		@Override
		public String toString() {
			return line + ": " + (column == null || column.isEmpty() ? "" : column + ": ") + reason;
		}
	}

	/** The outcome of reading pasted text: either changes to existing mailboxes, or every problem found. */
	public static final class Paste {
		private final List<Mailbox> mailboxes;
		private final List<MailboxRow> rows;
		private final List<Problem> problems;

		Paste(List<Mailbox> mailboxes, List<MailboxRow> rows, List<Problem> problems) {
			this.mailboxes = mailboxes;
			this.rows = rows;
			this.problems = problems;
		}

		public boolean isValid() {
			return problems.isEmpty();
		}

		public List<Problem> problems() {
			return problems;
		}

		/** The mailboxes the paste changes, in pasted order. */
		public List<Mailbox> mailboxes() {
			return mailboxes;
		}

		/**
		 * One undoable command applying every row as the CSV import would (only the pasted columns change); it records
		 * what really changed while it runs, so Undo restores exactly the old values.
		 */
		public Command command(String label) {
			if (!isValid() || rows.isEmpty()) {
				return UnexecutableCommand.INSTANCE;
			}
			ChangeCommand command = new ChangeCommand(List.copyOf(mailboxes)) {
				@Override
				protected void doExecute() {
					for (int i = 0; i < rows.size(); i++) {
						MailboxCsvImporter.applyRow(rows.get(i), mailboxes.get(i));
					}
				}
			};
			command.setLabel(label);
			return command;
		}
	}

	private MailboxTsv() {
	}

	/** The header line and one line per mailbox; cells holding a tab, line break or quote are quoted. */
	public static String copy(List<Mailbox> mailboxes) {
		StringBuilder text = new StringBuilder(128 + mailboxes.size() * 160);
		try {
			CsvWriter tsv = CsvWriter.tsv(text);
			tsv.row(MailboxColumn.exported().stream().map(MailboxColumn::header).toList());
			for (Mailbox mailbox : mailboxes) {
				tsv.row(MailboxCsvExporter.row(mailbox));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringBuilder does not fail
		}
		return text.toString();
	}

	/**
	 * Reads pasted rows. A first line naming columns says which columns follow; without it the columns are the
	 * exported ones in order (as many as the rows have). Every address must name a mailbox {@code lookup} knows.
	 */
	public static Paste read(String text, Function<String, Mailbox> lookup) {
		List<List<String>> records = split(text);
		List<Problem> problems = new ArrayList<>();
		if (records.isEmpty()) {
			problems.add(new Problem(1, "", "nothing to paste"));
			return new Paste(List.of(), List.of(), problems);
		}
		boolean hasHeader = MailboxColumn.byHeader(records.get(0).get(0).strip().toLowerCase(Locale.ROOT)).isPresent();
		int offset = hasHeader ? 0 : 1; // CSV line = pasted line + offset
		StringBuilder csv = new StringBuilder(text.length() + 256);
		if (!hasHeader) {
			int width = records.stream().mapToInt(List::size).max().orElse(0);
			List<MailboxColumn> exported = MailboxColumn.exported();
			if (width > exported.size()) {
				problems.add(new Problem(1, "", width + " cells, but a mailbox has " + exported.size()
						+ " columns; paste with the header line"));
				return new Paste(List.of(), List.of(), problems);
			}
			csv.append(exported.subList(0, width).stream().map(MailboxColumn::header).collect(Collectors.joining(",")));
			csv.append('\n');
		} else if (records.get(0).stream().anyMatch(h -> MailboxColumn.byHeader(h.strip().toLowerCase(Locale.ROOT))
				.map(MailboxColumn::isSecret).orElse(false))) {
			problems.add(new Problem(1, MailboxColumn.PASSWORD.header(), "passwords cannot be pasted; import them from a CSV file"));
			return new Paste(List.of(), List.of(), problems);
		}
		try {
			CsvWriter writer = CsvWriter.csv(csv);
			for (List<String> record : records) {
				writer.row(record);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringBuilder does not fail
		}
		// Unknown addresses are reported together with the reader's problems, so one paste shows every bad line.
		int addressColumn = hasHeader ? headerIndex(records.get(0), MailboxColumn.ADDRESS) : 0;
		for (int i = hasHeader ? 1 : 0; i < records.size() && addressColumn >= 0; i++) {
			List<String> record = records.get(i);
			String address = addressColumn < record.size() ? record.get(addressColumn).strip() : "";
			if (Addresses.domainOf(address) != null && lookup.apply(Addresses.key(address)) == null) {
				problems.add(new Problem(i + 1, MailboxColumn.ADDRESS.header(), "\"" + address + "\" is not a mailbox in this table"));
			}
		}
		List<MailboxRow> rows = List.of();
		try {
			rows = MailboxCsvReader.read("clipboard", csv.toString());
		} catch (CsvImportException e) {
			for (CsvProblem problem : e.problems()) {
				problems.add(new Problem(Math.max(1, problem.line() - offset), problem.column(), problem.reason(Locale.getDefault())));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(Problem::line));
			return new Paste(List.of(), List.of(), problems);
		}
		List<Mailbox> mailboxes = new ArrayList<>(rows.size());
		for (MailboxRow row : rows) {
			mailboxes.add(lookup.apply(Addresses.key(row.address())));
		}
		return new Paste(mailboxes, rows, problems);
	}

	private static int headerIndex(List<String> header, MailboxColumn column) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).strip().equalsIgnoreCase(column.header())) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Splits tab-separated text into records as spreadsheets write it: fields in double quotes may hold tabs, line
	 * breaks (kept as spaces, so that a pasted cell stays on one line) and doubled quotes. Blank lines are kept as
	 * empty records, which the CSV reader skips; trailing ones carry no rows and are dropped.
	 */
	static List<List<String>> split(String text) {
		List<List<String>> records = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CsvFormats.TSV_READ)) {
			for (CSVRecord record : parser) {
				List<String> fields = new ArrayList<>(Math.max(1, record.size()));
				for (String field : record) {
					fields.add(field.replace('\r', ' ').replace('\n', ' '));
				}
				if (fields.isEmpty()) {
					fields.add(""); // Commons CSV gives a blank line no field at all
				}
				records.add(List.copyOf(fields));
			}
		} catch (IOException | UncheckedIOException e) {
			throw new IllegalStateException("reading pasted text from memory failed", e); // nothing to fail: lenient format
		}
		while (!records.isEmpty() && records.get(records.size() - 1).stream().allMatch(String::isBlank)) {
			records.remove(records.size() - 1);
		}
		return records;
	}
}
