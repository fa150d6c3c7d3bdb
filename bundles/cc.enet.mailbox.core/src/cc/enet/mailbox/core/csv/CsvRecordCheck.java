package cc.enet.mailbox.core.csv;

import java.util.List;
import java.util.Locale;

/**
 * Lays each record Commons CSV read back over the text it came from, field by field, to say on which line it starts
 * and to refuse what Commons CSV reads leniently but the guide does not take: a control character, a quote inside an
 * unquoted field, text after a closing quote, a quote never closed, a record beyond the limit. When a record holds
 * several of these, the first in the text is reported, with its own line (a quoted field may span lines).
 *
 * <p>Records must be checked in order: lines are counted once, forward.
 */
final class CsvRecordCheck {

	private final String text;
	private final int maxRecordChars;
	/** Lines are counted up to {@code counted}, which lies on {@code line}. */
	private int counted;
	private int line = 1;
	/** Where the record after the last one checked starts. */
	private int next;

	CsvRecordCheck(String text, int maxRecordChars) {
		this.text = text;
		this.maxRecordChars = maxRecordChars;
	}

	/**
	 * Checks the record starting at {@code start} whose fields Commons CSV read as {@code fields}, naming columns from
	 * {@code header} (null for the header itself); returns the line it starts on.
	 */
	int check(int start, List<String> fields, List<String> header) throws CsvSyntaxException {
		int recordLine = lineAt(start);
		int tooLongAt = start + maxRecordChars + 1; // as soon as the record has more characters than the limit
		int pos = start;
		for (int i = 0; i < fields.size(); i++) {
			boolean quoted = pos < text.length() && text.charAt(pos) == '"';
			int end; // where the field ends, or where it breaks the syntax
			String syntax = null; // the reason it breaks the syntax at end
			if (quoted) {
				int close = closingQuote(pos);
				end = close < 0 ? text.length() : close + 1;
				syntax = close < 0 ? "csv.syntax.unclosed" : atBreak(end) ? null : "csv.syntax.afterQuote";
			} else {
				end = pos + fields.get(i).length(); // an unquoted field is its text, unchanged
				int quote = fields.get(i).indexOf('"');
				if (quote >= 0) {
					end = pos + quote;
					syntax = "csv.syntax.quoteInside";
				}
			}
			int control = firstControl(pos, Math.min(end, tooLongAt));
			if (control >= 0) {
				throw new CsvSyntaxException(lineAt(control), columnName(header, i), "csv.controlCharacter",
						String.format(Locale.ROOT, "U+%04X", (int) text.charAt(control)),
						String.valueOf(Character.getName(text.charAt(control))));
			}
			if (end >= tooLongAt) {
				throw tooLong(recordLine);
			}
			if ("csv.syntax.unclosed".equals(syntax)) {
				throw new CsvSyntaxException(lineAt(pos), "", syntax); // where the field began, as Excel users look
			}
			if (syntax != null) {
				throw new CsvSyntaxException(lineAt(end), columnName(header, i), syntax);
			}
			pos = end + 1; // past the comma; after the last field, past the first character of the line break
		}
		int end = pos - 1;
		next = end < text.length() && text.startsWith("\r\n", end) ? end + 2 : Math.min(end + 1, text.length());
		return recordLine;
	}

	/** Where the record after the last one checked starts. */
	int nextStart() {
		return next;
	}

	/** The record after the last one checked is longer than the limit. */
	CsvSyntaxException nextTooLong() {
		return tooLong(lineAt(next));
	}

	private CsvSyntaxException tooLong(int recordLine) {
		return new CsvSyntaxException(recordLine, "", "csv.recordTooLong",
				String.format(Locale.ROOT, "%,d", maxRecordChars));
	}

	/** The quote closing the quoted field opened at {@code open} (doubled quotes are text), or -1. */
	private int closingQuote(int open) {
		int i = open + 1;
		while (i < text.length()) {
			if (text.charAt(i) == '"') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
					i += 2;
					continue;
				}
				return i;
			}
			i++;
		}
		return -1;
	}

	private boolean atBreak(int i) {
		return i == text.length() || text.charAt(i) == ',' || text.charAt(i) == '\r' || text.charAt(i) == '\n';
	}

	private int firstControl(int from, int to) {
		for (int i = from; i < to && i < text.length(); i++) {
			if (CsvParser.isControl(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** The line {@code position} lies on: CRLF, LF and a lone CR each end one. */
	private int lineAt(int position) {
		for (; counted < position; counted++) {
			char c = text.charAt(counted);
			if (c == '\n' || (c == '\r' && !(counted + 1 < text.length() && text.charAt(counted + 1) == '\n'))) {
				line++;
			}
		}
		return line;
	}

	/** The header's name of field {@code index}, or "#N" in the header itself or beyond it. */
	private static String columnName(List<String> header, int index) {
		if (header != null && index < header.size() && !header.get(index).isBlank()) {
			return header.get(index).strip();
		}
		return "#" + (index + 1);
	}
}
