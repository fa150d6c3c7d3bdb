package cc.enet.mailbox.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a workspace file's bytes, as hex. */
final class FileHash {

	/** Stands for "no file here": a save that expects to create a file checks that nobody else did. */
	static final String ABSENT = "absent";

	private FileHash() {
	}

	static String of(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	static String ofFile(Path file) throws IOException {
		try {
			return of(Files.readAllBytes(file));
		} catch (NoSuchFileException e) {
			return ABSENT;
		}
	}
}
