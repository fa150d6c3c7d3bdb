package cc.enet.mailbox.core.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV as Excel writes it, read by Commons CSV: quoted fields with doubled quotes, CRLF, LF or a lone CR (old
 * Mac Excel) as line breaks, line breaks inside quotes. Every record is then laid over the text
 * ({@link CsvRecordCheck}) to refuse, with its line and column, what the guide refuses: a control character, a quote
 * inside an unquoted field, text after a closing quote, a quote never closed, a record or a file beyond the limits.
 * Every CSV kind parses through here, so every kind gets these checks and the restoring of cells
 * {@link SpreadsheetCells neutralised} on export.
 */
public final class CsvParser {

	/** Characters in one record (a row with its quoted line breaks); a real row is a few hundred. */
	public static final int MAX_RECORD_CHARS = 1 << 20;
	/** Characters in one file: some 200 bytes a mailbox, so about a million mailboxes. */
	public static final int MAX_FILE_CHARS = 256 << 20;

	private static final String[] BLANK_LINE = { "" };

	private CsvParser() {
	}

	/** Splits text into records; an unterminated quote is reported at the line where the field began. */
	public static List<CsvRecord> parse(String text) throws CsvSyntaxException {
		List<CsvRecord> records = new ArrayList<>();
		parse(text, records::add);
		return records;
	}

	/**
	 * Hands each record to {@code sink} as soon as it is read and checked; a refusal ends the reading (the records
	 * before it were handed over already: the caller decides what becomes of them).
	 */
	public static void parse(String text, Consumer<CsvRecord> sink) throws CsvSyntaxException {
		if (text.length() > MAX_FILE_CHARS) {
			throw new CsvSyntaxException(1, "", "csv.fileTooLarge", String.format(Locale.ROOT, "%,d", MAX_FILE_CHARS));
		}
		CsvRecordCheck check = new CsvRecordCheck(text, MAX_RECORD_CHARS);
		RecordSizeGuard guard = new RecordSizeGuard(text, MAX_RECORD_CHARS);
		List<String> firstFields = null;
		try (CSVParser parser = CSVParser.parse(guard, CsvFormats.READ)) {
			for (CSVRecord record : parser) {
				// Commons CSV returns a blank line as no field at all; the readers expect one empty field.
				String[] values = record.size() == 0 ? BLANK_LINE : record.values();
				int line = check.check((int) record.getCharacterPosition(), Arrays.asList(values), firstFields);
				guard.nextRecordStartsAt(check.nextStart());
				CsvRecord checked = new CsvRecord(line, restored(values));
				if (firstFields == null) {
					firstFields = checked.fields();
				}
				sink.accept(checked);
			}
		} catch (UncheckedIOException e) {
			throw refusal(e.getCause(), check);
		} catch (IOException e) {
			throw refusal(e, check);
		}
	}

	/** The cells as they were before export neutralised them; one array, no stream (100,000 rows a file). */
	private static List<String> restored(String[] values) {
		String[] cells = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			cells[i] = SpreadsheetCells.restore(values[i]);
		}
		return Collections.unmodifiableList(Arrays.asList(cells));
	}

	private static CsvSyntaxException refusal(IOException e, CsvRecordCheck check) {
		if (e instanceof RecordSizeGuard.RecordTooLong) {
			return check.nextTooLong();
		}
		throw new IllegalStateException("reading CSV from memory failed", e); // a string reader has no I/O to fail
	}

	/** C0 controls but TAB, CR and LF; DEL; C1 controls. None belongs in a mailbox setting or a header. */
	static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || (c >= 0x7F && c <= 0x9F);
	}
}
