package cc.enet.mailbox.core.credentials;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import cc.enet.mailbox.core.io.DurableFiles;

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
		Path temp = DurableFiles.randomSibling(file, ".tmp");
		try {
			DurableFiles.writeNew(temp, out -> out.write(content), true);
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
