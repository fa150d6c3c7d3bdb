package cc.enet.mailbox.core.csv;

import java.util.List;
import java.util.Locale;

import cc.enet.mailbox.core.internal.CoreMessages;

/**
 * A rejected row, said as {@code file:line: column: reason}, in English ({@link #toString()}) or the reader's
 * language ({@link #toString(Locale)}).
 */
public record CsvProblem(String file, int line, String column, String key, List<Object> arguments) {

	public CsvProblem(String file, int line, String column, String key, Object... arguments) {
		this(file, line, column, key, List.of(arguments));
	}

	public String reason(Locale locale) {
		return CoreMessages.format(locale, key, arguments.toArray());
	}

	public String reason() {
		return reason(Locale.ENGLISH);
	}

	public String toString(Locale locale) {
		return file + ":" + line + ": " + (column == null || column.isEmpty() ? "" : column + ": ") + reason(locale);
	}

	@Override
	public String toString() {
		return toString(Locale.ENGLISH);
	}
}
