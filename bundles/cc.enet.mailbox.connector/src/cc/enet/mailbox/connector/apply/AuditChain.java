package cc.enet.mailbox.connector.apply;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import cc.enet.mailbox.connector.json.Json;

/**
 * The audit log's hash chain: every line names the SHA-256 of the line before it, the first line of all names
 * {@link #GENESIS}, and a rotated file's successor carries on from its last line. Lines written before the chain
 * existed (no {@code prev}) are accepted only at the very start. Verifying names the first line that is torn (not
 * a whole JSON line) or does not follow its predecessor.
 */
public final class AuditChain {

	public static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	/** One line of the log as read: its fields, or what is wrong with it ({@code torn} or {@code broken}). */
	public record Entry(Path file, int line, Map<String, Object> fields, String problem, String reason) {
		// problem: torn or broken; reason: torn, unlinked or mismatch (a key for the words said to people)
	}

	/** The outcome of a verification: lines read, the unchained lines from before the chain, the first failure. */
	public record Verification(int lines, int unchained, Entry firstBroken) {
		public boolean intact() {
			return firstBroken == null;
		}
	}

	public static Verification verify(Path folder) throws IOException {
		List<Entry> entries = entries(folder);
		int unchained = 0;
		for (Entry entry : entries) {
			if (entry.problem() != null) {
				return new Verification(entries.size(), unchained, entry);
			}
			if (!entry.fields().containsKey("prev")) {
				unchained++;
			}
		}
		return new Verification(entries.size(), unchained, null);
	}

	/** Every line of the log and its rotated files, oldest first, each checked against the chain. */
	public static List<Entry> entries(Path folder) throws IOException {
		List<Entry> entries = new ArrayList<>();
		String expected = GENESIS;
		boolean chained = false;
		for (Path file : files(folder)) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			String[] lines = text.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i];
				boolean last = i == lines.length - 1;
				if (last && line.isEmpty()) {
					break; // the newline after the final line
				}
				int number = i + 1;
				Map<String, Object> fields;
				try {
					fields = last ? null : Json.object(Json.parse(line)); // no newline: the write never finished
				} catch (IllegalArgumentException e) {
					fields = null;
				}
				if (fields == null) {
					entries.add(new Entry(file, number, null, "torn", "torn"));
				} else if (!fields.containsKey("prev")) {
					entries.add(chained ? new Entry(file, number, fields, "broken", "unlinked")
							: new Entry(file, number, fields, null, null));
				} else {
					chained = true;
					entries.add(expected.equals(fields.get("prev")) ? new Entry(file, number, fields, null, null)
							: new Entry(file, number, fields, "broken",
									"mismatch"));
				}
				expected = hash(line);
			}
		}
		return entries;
	}

	/** The rotated files in order, then audit.log, those that exist. */
	static List<Path> files(Path folder) throws IOException {
		List<Path> files = new ArrayList<>();
		if (Files.isDirectory(folder)) {
			try (DirectoryStream<Path> rotated = Files.newDirectoryStream(folder, AuditLog.FILE + ".*")) {
				for (Path file : rotated) {
					if (rotation(file) > 0) {
						files.add(file);
					}
				}
			}
		}
		files.sort(Comparator.comparingLong(AuditChain::rotation));
		Path current = folder.resolve(AuditLog.FILE);
		if (Files.exists(current)) {
			files.add(current);
		}
		return files;
	}

	static long lastRotation(Path folder) throws IOException {
		long last = 0;
		for (Path file : files(folder)) {
			last = Math.max(last, rotation(file));
		}
		return last;
	}

	private static long rotation(Path file) {
		String name = file.getFileName().toString();
		String suffix = name.substring(Math.min(name.length(), AuditLog.FILE.length() + 1));
		return name.startsWith(AuditLog.FILE + ".") && suffix.matches("[0-9]{1,9}") ? Long.parseLong(suffix) : -1;
	}

	/** The file's last line, torn or whole, without its newline; null for an empty file. */
	static String lastLine(Path file) throws IOException {
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long end = in.length();
			if (end == 0) {
				return null;
			}
			long stop = end;
			in.seek(end - 1);
			if (in.read() == '\n') {
				stop = end - 1;
			}
			long start = stop;
			while (start > 0) {
				in.seek(start - 1);
				if (in.read() == '\n') {
					break;
				}
				start--;
			}
			byte[] line = new byte[(int) (stop - start)];
			in.seek(start);
			in.readFully(line);
			return new String(line, StandardCharsets.UTF_8);
		}
	}

	static String hash(String line) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
