package cc.enet.mailbox.core.io;

import java.io.FilterOutputStream;
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

	/** Writes {@code file}, readable by its owner only when {@code ownerOnly} (it holds a password). */
	public static void write(Path file, Content content, boolean ownerOnly) throws IOException {
		Path target = file.toAbsolutePath();
		if (target.getParent() != null) {
			Files.createDirectories(target.getParent());
		}
		Path temp = randomSibling(target, TEMP_SUFFIX);
		writeNew(temp, content, ownerOnly);
		try {
			replace(temp, target);
			forceFolderOf(target);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * Creates {@code file} exclusively ({@code CREATE_NEW}: fails on anything already there, a symlink included),
	 * writes it and forces it to disk. A file this call created is removed again when writing fails; anything found
	 * in its place is left alone.
	 */
	public static void writeNew(Path file, Content content, boolean ownerOnly) throws IOException {
		writeNew(file, content, ownerOnly, true);
	}

	/**
	 * As {@link #writeNew(Path, Content, boolean)}, but leaves forcing the content to the caller: a writer of
	 * thousands of files forces them all at once ({@link FileSystemSync}) before it moves any into place.
	 */
	public static void writeNewUnforced(Path file, Content content) throws IOException {
		writeNew(file, content, false, false);
	}

	private static void writeNew(Path file, Content content, boolean ownerOnly, boolean force) throws IOException {
		FileChannel created = createExclusively(file, ownerOnly);
		boolean written = false;
		try {
			try (FileChannel channel = created; OutputStream out = Channels.newOutputStream(channel)) {
				content.writeTo(new KeptOpen(out));
				out.flush();
				if (force) {
					channel.force(true);
				}
			}
			written = true;
		} finally {
			if (!written) {
				Files.deleteIfExists(file);
			}
		}
	}

	/** A sibling name nobody can guess: {@code NAME.<16 random hex digits><suffix>}. */
	public static Path randomSibling(Path target, String suffix) {
		byte[] random = new byte[8];
		RANDOM.nextBytes(random);
		return target.resolveSibling(target.getFileName() + "." + HexFormat.of().formatHex(random) + suffix);
	}

	/**
	 * Creates an empty temporary sibling of {@code target} that no other process could have named or planted:
	 * {@code NAME.<random>.writing}, created with {@code CREATE_NEW} (fails on anything already there, a symlink
	 * included).
	 */
	public static Path newTempFile(Path target, boolean ownerOnly) throws IOException {
		Path temp = randomSibling(target, TEMP_SUFFIX);
		createEmpty(temp, ownerOnly);
		return temp;
	}

	/**
	 * Creates {@code file} empty and exclusively ({@code CREATE_NEW}: fails on anything already there, a symlink
	 * included), readable by its owner only when {@code ownerOnly}: no moment with wider permissions.
	 */
	public static void createEmpty(Path file, boolean ownerOnly) throws IOException {
		createExclusively(file, ownerOnly).close();
	}

	private static FileChannel createExclusively(Path file, boolean ownerOnly) throws IOException {
		FileAttribute<?>[] attributes = ownerOnly && posix()
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) }
				: new FileAttribute<?>[0];
		return FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
				LinkOption.NOFOLLOW_LINKS), attributes);
	}

	/**
	 * Publishes a file written elsewhere in the same folder: forces its content, moves it atomically onto
	 * {@code target} and forces the folder.
	 */
	public static void moveIntoPlace(Path written, Path target) throws IOException {
		force(written);
		replace(written, target);
		forceFolderOf(target);
	}

	/**
	 * Moves a file already forced to disk onto {@code target} in one atomic rename, without forcing the folder: for
	 * a writer that renames many files and then forces each folder once ({@link #forceDirectory}).
	 */
	public static void replace(Path written, Path target) throws IOException {
		try {
			Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException("cannot replace " + target + " atomically: " + e.getMessage(), e);
		}
	}

	/**
	 * Gives a file a new name that nothing holds yet (a log rotated to {@code audit.log.N}), durably: its content
	 * forced, the rename refused if the name is taken, the folder forced.
	 */
	public static void moveAside(Path file, Path newName) throws IOException {
		force(file);
		Files.move(file, newName);
		forceFolderOf(newName);
	}

	private static void force(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
			channel.force(true);
		}
	}

	private static void forceFolderOf(Path file) {
		Path folder = file.toAbsolutePath().getParent();
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

	/** The content's writer may close what it was given (a Writer around it): the file still has to be forced. */
	private static final class KeptOpen extends FilterOutputStream {
		KeptOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}
}
