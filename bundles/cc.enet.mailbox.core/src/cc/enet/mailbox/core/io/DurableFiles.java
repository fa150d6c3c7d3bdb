package cc.enet.mailbox.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writes a file whole or not at all, and durably: a temporary sibling with a random name created exclusively (a
 * symlink planted beforehand is never followed), forced to disk, moved atomically onto the target, and the
 * directory forced so that the rename survives a power cut. The one way the product writes a file it must not lose.
 */
public final class DurableFiles {

	/** The suffix of temporary files; a crash's leftovers carry it. */
	public static final String TEMP_SUFFIX = ".writing";

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	/** What writes the content. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private DurableFiles() {
	}

	/** Writes {@code target} with the default permissions of new files. */
	public static void write(Path target, Content content) throws IOException {
		write(target, content, false);
	}

	/** Writes {@code target} readable by its owner only (passwords, keys). */
	public static void writePrivate(Path target, Content content) throws IOException {
		write(target, content, true);
	}

	private static void write(Path file, Content content, boolean ownerOnly) throws IOException {
		Path target = file.toAbsolutePath();
		if (target.getParent() != null) {
			Files.createDirectories(target.getParent());
		}
		Path temp = newTempFile(target, ownerOnly);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
					OutputStream out = Channels.newOutputStream(channel)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			moveIntoPlace(temp, target);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * Creates an empty temporary sibling of {@code target} that no other process could have named or planted:
	 * {@code NAME.<random>.writing}, created with {@code CREATE_NEW} (fails on anything already there, a symlink
	 * included).
	 */
	public static Path newTempFile(Path target, boolean ownerOnly) throws IOException {
		byte[] random = new byte[8];
		RANDOM.nextBytes(random);
		Path temp = target.resolveSibling(
				target.getFileName() + "." + HexFormat.of().formatHex(random) + TEMP_SUFFIX);
		FileAttribute<?>[] attributes = ownerOnly && posix()
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) }
				: new FileAttribute<?>[0];
		Files.newByteChannel(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
				LinkOption.NOFOLLOW_LINKS), attributes).close();
		return temp;
	}

	/**
	 * Publishes a file written elsewhere in the same folder: forces its content, moves it atomically onto
	 * {@code target} and forces the folder.
	 */
	public static void moveIntoPlace(Path written, Path target) throws IOException {
		try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
			channel.force(true);
		}
		try {
			Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException("cannot replace " + target + " atomically: " + e.getMessage(), e);
		}
		Path folder = target.toAbsolutePath().getParent();
		if (folder != null) {
			forceDirectory(folder);
		}
	}

	/** Makes the renames in {@code folder} durable; a file system that cannot open folders (NTFS) skips it. */
	public static void forceDirectory(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Windows cannot open a directory as a channel; NTFS journals its renames
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}
}
