package cc.enet.mailbox.core.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 4180 CSV as Excel writes it: quoted fields with doubled quotes, CRLF, LF or a lone CR (old Mac Excel) as line
 * breaks, line breaks inside quotes. Hostile input is refused with its place: a control character (anything below
 * U+0020 but TAB, CR and LF; DEL; C1), a record or a file beyond the limits. Every CSV kind parses through here,
 * so every kind gets these checks and the restoring of cells {@link SpreadsheetCells neutralised} on export.
 */
public final class CsvParser {

	/** Characters in one record (a row with its quoted line breaks); a real row is a few hundred. */
	public static final int MAX_RECORD_CHARS = 1 << 20;
	/** Characters in one file: some 200 bytes a mailbox, so about a million mailboxes. */
	public static final int MAX_FILE_CHARS = 256 << 20;

	private CsvParser() {
	}

	/** Splits text into records; an unterminated quote is reported at the line where the field began. */
	public static List<CsvRecord> parse(String text) throws CsvSyntaxException {
		if (text.length() > MAX_FILE_CHARS) {
			throw new CsvSyntaxException(1, "", "csv.fileTooLarge", String.format(Locale.ROOT, "%,d", MAX_FILE_CHARS));
		}
		List<CsvRecord> records = new ArrayList<>();
		List<String> header = null;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		int recordStart = 0;
		int quoteLine = 0;
		boolean quoted = false;
		boolean afterQuote = false;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (i - recordStart > MAX_RECORD_CHARS) {
				throw new CsvSyntaxException(recordLine, "", "csv.recordTooLong",
						String.format(Locale.ROOT, "%,d", MAX_RECORD_CHARS));
			}
			if (isControl(c)) {
				throw new CsvSyntaxException(line, columnName(header, fields.size()), "csv.controlCharacter",
						String.format(Locale.ROOT, "U+%04X", (int) c), String.valueOf(Character.getName(c)));
			}
			if (quoted) {
				if (c == '"') {
					if (i + 1 < n && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					} else {
						quoted = false;
						afterQuote = true;
					}
				} else {
					if (c == '\n' || (c == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n'))) {
						line++;
					}
					field.append(c);
				}
				continue;
			}
			switch (c) {
			case '"' -> {
				if (field.length() > 0 || afterQuote) {
					throw new CsvSyntaxException(line, columnName(header, fields.size()), "csv.syntax.quoteInside");
				}
				quoted = true;
				quoteLine = line;
			}
			case ',' -> {
				fields.add(SpreadsheetCells.restore(field.toString()));
				field.setLength(0);
				afterQuote = false;
			}
			case '\r', '\n' -> {
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++; // CRLF is one break
				}
				fields.add(SpreadsheetCells.restore(field.toString()));
				field.setLength(0);
				afterQuote = false;
				records.add(new CsvRecord(recordLine, List.copyOf(fields)));
				if (header == null) {
					header = records.get(records.size() - 1).fields();
				}
				fields.clear();
				line++;
				recordLine = line;
				recordStart = i + 1;
			}
			default -> {
				if (afterQuote) {
					throw new CsvSyntaxException(line, columnName(header, fields.size()), "csv.syntax.afterQuote");
				}
				field.append(c);
			}
			}
		}
		if (quoted) {
			throw new CsvSyntaxException(quoteLine, "", "csv.syntax.unclosed");
		}
		if (field.length() > 0 || !fields.isEmpty() || afterQuote) {
			fields.add(SpreadsheetCells.restore(field.toString()));
			records.add(new CsvRecord(recordLine, List.copyOf(fields)));
		}
		return records;
	}

	/** C0 controls but TAB, CR and LF; DEL; C1 controls. None belongs in a mailbox setting or a header. */
	static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || (c >= 0x7F && c <= 0x9F);
	}

	/** The header's name of field {@code index}, or "column N" in the header itself or beyond it. */
	private static String columnName(List<String> header, int index) {
		if (header != null && index < header.size() && !header.get(index).isBlank()) {
			return header.get(index).strip();
		}
		return "#" + (index + 1);
	}

	/**
	 * One field as CSV: neutralised if a spreadsheet would run it as a formula, quoted when it holds a comma, quote
	 * or line break.
	 */
	public static String quote(String raw) {
		String value = SpreadsheetCells.neutralise(raw);
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
