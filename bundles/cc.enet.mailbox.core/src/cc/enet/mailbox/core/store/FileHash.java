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

	/** Cloned for each hash: looking SHA-256 up among the providers cost more than hashing a small file. */
	private static final MessageDigest SHA_256;

	static {
		try {
			SHA_256 = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	static String of(byte[] content) {
		return of(content, 0, content.length);
	}

	/** The hash of {@code content[offset, offset + length)}: a save hashes its reused buffer without a copy. */
	static String of(byte[] content, int offset, int length) {
		try {
			MessageDigest digest = (MessageDigest) SHA_256.clone();
			digest.update(content, offset, length);
			return HexFormat.of().formatHex(digest.digest());
		} catch (CloneNotSupportedException e) {
			throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
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
