package cc.enet.mailbox.core.csv;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows through Commons CSV. A CSV file's cells are {@link SpreadsheetCells neutralised} first, so that no
 * exported cell runs as a formula; cells copied to the clipboard go as they are (the spreadsheet the user pastes into
 * shows them as text, and a paste back restores nothing). The caller owns, and closes, what is written to.
 */
public final class CsvWriter {

	private final CSVPrinter printer;
	private final boolean neutralise;

	private CsvWriter(Appendable out, CSVFormat format, boolean neutralise) throws IOException {
		this.printer = new CSVPrinter(out, format);
		this.neutralise = neutralise;
	}

	/** CSV as files hold it: CRLF, cells neutralised. */
	public static CsvWriter csv(Appendable out) throws IOException {
		return new CsvWriter(out, CsvFormats.WRITE, true);
	}

	/** Tab-separated cells for the clipboard, as they are. */
	static CsvWriter tsv(Appendable out) throws IOException {
		return new CsvWriter(out, CsvFormats.TSV_WRITE, false);
	}

	public void row(List<String> cells) throws IOException {
		printer.printRecord(neutralise ? cells.stream().map(SpreadsheetCells::neutralise).toList() : cells);
	}

	public void flush() throws IOException {
		printer.flush();
	}
}
