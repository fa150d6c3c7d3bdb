package cc.enet.mailbox.core.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.PasswordHash;

/**
 * Turns a CSV file into rows, or into the complete list of what is wrong with it. Only the form is checked here:
 * a setting that breaks a rule of the guide is data, imported and then reported by validation.
 */
public final class MailboxCsvReader {

	private final String fileName;
	private final Consumer<MailboxRow> sink;
	private final List<CsvProblem> problems = new ArrayList<>();
	private final Map<String, Integer> seen = new HashMap<>();
	private boolean headerSeen;
	private MailboxColumn[] columns;
	/** Where the address is among the columns: found once with the header, not again for every row. */
	private int addressColumn;

	private MailboxCsvReader(String fileName, Consumer<MailboxRow> sink) {
		this.fileName = fileName;
		this.sink = sink;
	}

	/** Reads every row, or throws with every problem; {@code charset} null means detect. */
	public static List<MailboxRow> read(Path file, Charset charset) throws CsvImportException, IOException {
		return read(file.toString(), CsvFiles.text(file, charset));
	}

	public static List<MailboxRow> read(String fileName, String text) throws CsvImportException {
		List<MailboxRow> rows = new ArrayList<>();
		read(fileName, text, rows::add);
		return rows;
	}

	/**
	 * Hands each well-formed row to {@code sink} as soon as it is read, then throws with every problem if there
	 * was one: rows handed over before a problem was found are the caller's to drop.
	 */
	public static void read(String fileName, String text, Consumer<MailboxRow> sink) throws CsvImportException {
		MailboxCsvReader reader = new MailboxCsvReader(fileName, sink);
		reader.rows(text);
		if (!reader.problems.isEmpty()) {
			throw new CsvImportException(reader.problems);
		}
	}

	private void rows(String text) {
		try {
			CsvParser.parse(text, this::record);
		} catch (CsvSyntaxException e) {
			problems.add(e.toProblem(fileName));
			return;
		}
		if (!headerSeen) {
			problems.add(new CsvProblem(fileName, 1, "", "csv.noHeader"));
		}
	}

	private void record(CsvRecord record) {
		if (record.isBlank()) {
			return;
		}
		if (!headerSeen) {
			headerSeen = true;
			columns = header(record);
			addressColumn = columns == null ? -1 : Arrays.asList(columns).indexOf(MailboxColumn.ADDRESS);
			return;
		}
		if (columns == null) {
			return; // the header was refused: its problems say why
		}
		MailboxRow row = row(record, columns);
		if (row != null) {
			Integer earlier = seen.putIfAbsent(Addresses.key(row.address()), record.line());
			if (earlier != null) {
				problem(record.line(), MailboxColumn.ADDRESS, "csv.duplicateRow", String.valueOf(earlier));
			} else if (problems.isEmpty()) {
				sink.accept(row); // once the file is known wrong, nothing more is handed over
			}
		}
	}

	private MailboxColumn[] header(CsvRecord record) {
		MailboxColumn[] columns = new MailboxColumn[record.fields().size()];
		boolean ok = true;
		boolean hasAddress = false;
		for (int i = 0; i < columns.length; i++) {
			String name = record.fields().get(i).strip().toLowerCase(Locale.ROOT);
			MailboxColumn column = MailboxColumn.byHeader(name).orElse(null);
			if (column == null) {
				problems.add(new CsvProblem(fileName, record.line(), name, "csv.unknownColumn",
						String.join(", ", Arrays.stream(MailboxColumn.values()).map(MailboxColumn::header).toList())));
				ok = false;
			} else if (Arrays.asList(columns).contains(column)) {
				problems.add(new CsvProblem(fileName, record.line(), name, "csv.columnTwice"));
				ok = false;
			}
			columns[i] = column;
			hasAddress |= column == MailboxColumn.ADDRESS;
		}
		if (!hasAddress) {
			problems.add(new CsvProblem(fileName, record.line(), "address", "csv.requiredMissing"));
			ok = false;
		}
		return ok ? columns : null;
	}

	private MailboxRow row(CsvRecord record, MailboxColumn[] columns) {
		List<String> fields = record.fields();
		if (fields.size() != columns.length) {
			problem(record.line(), null, "csv.fieldCount", String.valueOf(fields.size()), String.valueOf(columns.length));
			return null;
		}
		int before = problems.size();
		String address = fields.get(addressColumn).strip();
		if (address.isEmpty()) {
			problem(record.line(), MailboxColumn.ADDRESS, "csv.empty");
		} else if (Addresses.domainOf(address) == null) {
			problem(record.line(), MailboxColumn.ADDRESS, "csv.noDomain", address);
		}
		MailboxRow row = new MailboxRow(record.line(), address);
		for (int i = 0; i < columns.length; i++) {
			if (i != addressColumn) {
				cell(row, columns[i], fields.get(i));
			}
		}
		return problems.size() == before ? row : null;
	}

	/** A password or a hash (never both: which would the customer's client use?); a null value is refused. */
	private void secret(MailboxRow row, MailboxColumn column, char[] value, String refusal, String... args) {
		if (value == null) {
			problem(row.line, column, refusal, args);
		} else if (row.password != null) {
			PasswordHash.wipe(value);
			problem(row.line, column, "csv.passwordAndHash");
		} else {
			row.password = value;
		}
	}

	private void cell(MailboxRow row, MailboxColumn column, String raw) {
		String value = column == MailboxColumn.DISPLAY_NAME || column == MailboxColumn.PASSWORD ? raw : raw.strip();
		switch (column) {
		case DISPLAY_NAME -> row.values.put(column, value.strip());
		case PASSWORD -> {
			if (!value.isEmpty()) {
				secret(row, column, value.toCharArray(), null); // control characters are refused for every cell before
			}
		}
		case PASSWORD_HASH -> {
			if (!value.isEmpty()) {
				secret(row, column, PasswordHash.scheme(value).isPresent() ? PasswordHash.mark(PasswordHash.normalized(value)) : null, "csv.notHash",
						PasswordHash.known());
			}
		}
		case FORWARD_TO, ALLOW_ADDRESSES, ALLOW_DOMAINS, DENY_ADDRESSES, DENY_DOMAINS -> row.values.put(column, list(value));
		case QUOTA_MB -> {
			if (!value.isEmpty()) {
				try {
					int quota = Integer.parseInt(value);
					if (quota < 0) {
						throw new NumberFormatException();
					}
					row.values.put(column, quota);
				} catch (NumberFormatException e) {
					problem(row.line, column, "csv.notQuota", value);
				}
			}
		}
		case SEND_ENCODING -> {
			if (!value.isEmpty()) {
				SendEncoding encoding = SendEncoding.get(value.toUpperCase(Locale.ROOT));
				if (encoding == null) {
					problem(row.line, column, "csv.notEncoding", value);
				} else {
					row.values.put(column, encoding);
				}
			}
		}
		case RETENTION -> {
			if (!value.isEmpty()) {
				MailboxRow.RetentionValue retention = retention(value);
				if (retention == null) {
					problem(row.line, column, "csv.notRetention", value);
				} else {
					row.values.put(column, retention);
				}
			}
		}
		case FORWARD_KEEP_COPY, REJECT_VIRUS, REJECT_SPAM -> {
			if (!value.isEmpty()) {
				Boolean bool = bool(value);
				if (bool == null) {
					problem(row.line, column, "csv.notBoolean", value);
				} else {
					row.values.put(column, bool);
				}
			}
		}
		case ADDRESS -> throw new IllegalStateException();
		}
	}

	private static List<String> list(String value) {
		List<String> items = new ArrayList<>();
		for (String item : value.split(";")) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return items;
	}

	private static Boolean bool(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
		case "yes", "true", "1" -> Boolean.TRUE;
		case "no", "false", "0" -> Boolean.FALSE;
		default -> null;
		};
	}

	static MailboxRow.RetentionValue retention(String value) {
		String v = value.toLowerCase(Locale.ROOT);
		if (v.equals("delete")) {
			return new MailboxRow.RetentionValue(Retention.DELETE_AFTER_DOWNLOAD, 0);
		}
		if (v.equals("leave")) {
			return new MailboxRow.RetentionValue(Retention.LEAVE_FOREVER, 0);
		}
		if (v.startsWith("leave:")) {
			try {
				return new MailboxRow.RetentionValue(Retention.LEAVE_DAYS, Integer.parseInt(v.substring(6).strip()));
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return null;
	}

	private void problem(int line, MailboxColumn column, String key, Object... arguments) {
		problems.add(new CsvProblem(fileName, line, column == null ? "" : column.header(), key, arguments));
	}
}
