package cc.enet.mailbox.core.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reading a CSV file's bytes, refusing one too large before a byte is read (it would only exhaust the memory). */
public final class CsvFiles {

	/** Bytes in one file; see {@link CsvParser#MAX_FILE_CHARS}. */
	public static final long MAX_FILE_BYTES = 256L << 20;

	private CsvFiles() {
	}

	public static byte[] read(Path file) throws CsvSyntaxException, IOException {
		if (Files.size(file) > MAX_FILE_BYTES) {
			throw new CsvSyntaxException(1, "", "csv.fileTooLarge", String.format(Locale.ROOT, "%,d", MAX_FILE_BYTES));
		}
		return Files.readAllBytes(file);
	}
}
