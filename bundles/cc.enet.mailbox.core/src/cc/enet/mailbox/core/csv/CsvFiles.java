package cc.enet.mailbox.core.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import cc.enet.mailbox.core.io.DurableFiles;

/** Reading and writing CSV files the way Excel users expect, whichever kind of rows they hold. */
public final class CsvFiles {

	/** Bytes in one file; see {@link CsvParser#MAX_FILE_CHARS}. */
	public static final long MAX_FILE_BYTES = 256L << 20;

	/** Writes the rows of a file and says how many. */
	public interface Body {
		int write(Writer writer) throws IOException;
	}

	private CsvFiles() {
	}

	/** A file's bytes, refusing one too large before a byte is read (it would only exhaust the memory). */
	public static byte[] read(Path file) throws CsvSyntaxException, IOException {
		if (Files.size(file) > MAX_FILE_BYTES) {
			throw new CsvSyntaxException(1, "", "csv.fileTooLarge", String.format(Locale.ROOT, "%,d", MAX_FILE_BYTES));
		}
		return Files.readAllBytes(file);
	}

	/** The text of {@code file} ({@code charset} null: UTF-8 with or without BOM, or Shift_JIS, detected). */
	public static String text(Path file, Charset charset) throws CsvImportException, IOException {
		String name = file.toString();
		try {
			return CharsetDetector.decode(read(file), charset).text();
		} catch (CsvSyntaxException e) {
			throw new CsvImportException(List.of(e.toProblem(name)));
		} catch (CharacterCodingException e) {
			throw new CsvImportException(List.of(new CsvProblem(name, 1, "", "csv.unreadable",
					charset == null ? "UTF-8 / Shift_JIS" : charset.name())));
		}
	}

	/**
	 * Writes {@code file} whole or not at all, durably ({@link DurableFiles}); UTF-8 gets a BOM so that Excel shows
	 * Japanese. Returns what {@code body} wrote.
	 */
	public static int writeAtomically(Path file, Charset charset, Body body) throws IOException {
		int[] count = new int[1];
		DurableFiles.write(file, out -> {
			try (Writer writer = new OutputStreamWriter(out, charset.newEncoder())) {
				if (charset.equals(StandardCharsets.UTF_8)) {
					writer.write('\uFEFF');
				}
				count[0] = body.write(writer);
			}
		});
		return count[0];
	}
}
