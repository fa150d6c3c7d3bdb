package cc.enet.mailbox.core.credentials;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files only their user may read, created that way (no moment with wider permissions), and a file written once
 * however many processes start at the same time: each writes a temporary file and links it to the name; the
 * first link wins and the others read the winner's.
 */
final class PrivateFiles {

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private PrivateFiles() {
	}

	static void createFolder(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			return;
		}
		if (folder.getParent() != null) {
			Files.createDirectories(folder.getParent());
		}
		try {
			if (POSIX) {
				Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			} else {
				Files.createDirectory(folder); // NTFS: inside the user's profile, which only the user can read
			}
		} catch (FileAlreadyExistsException raced) {
			// another process made it first, with the same permissions
		}
	}

	/** Writes {@code content} to {@code file} unless it exists; returns whether this call wrote it. */
	static boolean createOnce(Path file, byte[] content) throws IOException {
		Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-"
				+ Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
		FileAttribute<?>[] attributes = POSIX
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
				: new FileAttribute<?>[0];
		try {
			try (var channel = Files.newByteChannel(temp, Set.of(StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE), attributes)) {
				channel.write(ByteBuffer.wrap(content));
				((FileChannel) channel).force(true);
			}
			try {
				Files.createLink(file, temp); // atomic: fails if another process's key is already there
				return true;
			} catch (FileAlreadyExistsException lost) {
				return false;
			} catch (UnsupportedOperationException noHardLinks) {
				try {
					Files.move(temp, file);
					return true;
				} catch (FileAlreadyExistsException lost) {
					return false;
				}
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
