package cc.enet.mailbox.core.csv;

import org.apache.commons.csv.CSVFormat;

/** The console's CSV and TSV dialects, as Commons CSV formats. */
final class CsvFormats {

	/**
	 * Reading a file: RFC 4180 as Excel writes it, blank lines kept (so every record knows its line). Text after a
	 * closing quote and a quote never closed are let through here, because {@link CsvParser} refuses them with the
	 * place and the reason the staff read, not Commons CSV's message.
	 */
	static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrailingData(true)
			.setLenientEof(true).get();

	/** Writing a file: RFC 4180 with CRLF, a field quoted when it needs it. */
	static final CSVFormat WRITE = CSVFormat.RFC4180;

	/** Cells pasted from a spreadsheet: tab-separated, quoted as spreadsheets quote, as lenient as a spreadsheet. */
	static final CSVFormat TSV_READ = READ.builder().setDelimiter('\t').get();

	/** Cells copied for a spreadsheet: tab-separated, lines as the platform ends them. */
	static final CSVFormat TSV_WRITE = WRITE.builder().setDelimiter('\t').setRecordSeparator(System.lineSeparator()).get();

	private CsvFormats() {
	}
}
