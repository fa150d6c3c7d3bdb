package cc.enet.mailbox.core.csv;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV as Excel writes it: quoted fields with doubled quotes, CRLF or LF, line breaks inside quotes. */
public final class CsvParser {

	private CsvParser() {
	}

	/** Splits text into records; an unterminated quote is reported at the line where the field began. */
	public static List<CsvRecord> parse(String text) throws CsvSyntaxException {
		List<CsvRecord> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		int quoteLine = 0;
		boolean quoted = false;
		boolean afterQuote = false;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
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
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
				continue;
			}
			switch (c) {
			case '"' -> {
				if (field.length() > 0 || afterQuote) {
					throw new CsvSyntaxException(line, "csv.syntax.quoteInside");
				}
				quoted = true;
				quoteLine = line;
			}
			case ',' -> {
				fields.add(field.toString());
				field.setLength(0);
				afterQuote = false;
			}
			case '\r' -> {
				// CRLF: the LF ends the record
			}
			case '\n' -> {
				fields.add(field.toString());
				field.setLength(0);
				afterQuote = false;
				records.add(new CsvRecord(recordLine, List.copyOf(fields)));
				fields.clear();
				line++;
				recordLine = line;
			}
			default -> {
				if (afterQuote) {
					throw new CsvSyntaxException(line, "csv.syntax.afterQuote");
				}
				field.append(c);
			}
			}
		}
		if (quoted) {
			throw new CsvSyntaxException(quoteLine, "csv.syntax.unclosed");
		}
		if (field.length() > 0 || !fields.isEmpty() || afterQuote) {
			fields.add(field.toString());
			records.add(new CsvRecord(recordLine, List.copyOf(fields)));
		}
		return records;
	}

	/** One field as CSV: quoted when it holds a comma, quote or line break. */
	public static String quote(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
