package cc.enet.mailbox.core.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

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
	 * Writes {@code file} atomically (a temporary file beside it, then a move), so it appears whole or not at all;
	 * UTF-8 gets a BOM so that Excel shows Japanese. Returns what {@code body} wrote.
	 */
	public static int writeAtomically(Path file, Charset charset, Body body) throws IOException {
		Path target = file.toAbsolutePath();
		Path temp = target.resolveSibling(target.getFileName() + ".writing");
		try {
			int count;
			try (OutputStream out = Files.newOutputStream(temp);
					Writer writer = new OutputStreamWriter(out, charset.newEncoder())) {
				if (charset.equals(StandardCharsets.UTF_8)) {
					writer.write('\uFEFF');
				}
				count = body.write(writer);
			}
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return count;
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
