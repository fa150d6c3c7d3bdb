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

/** Reading and writing CSV files the way Excel users expect, whichever kind of rows they hold. */
public final class CsvFiles {

	/** Writes the rows of a file and says how many. */
	public interface Body {
		int write(Writer writer) throws IOException;
	}

	private CsvFiles() {
	}

	/** The text of {@code file} ({@code charset} null: UTF-8 with or without BOM, or Shift_JIS, detected). */
	public static String text(Path file, Charset charset) throws CsvImportException, IOException {
		try {
			return CharsetDetector.decode(Files.readAllBytes(file), charset).text();
		} catch (CharacterCodingException e) {
			throw new CsvImportException(List.of(new CsvProblem(file.toString(), 1, "", "csv.unreadable",
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
