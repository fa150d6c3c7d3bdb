package cc.enet.mailbox.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Forces everything written to a file system in one call, Linux's {@code syncfs(2)}, for a writer of thousands of
 * new files: an fsync a file costs a device flush each (on the 2-core test VM about 1,500 a second, so the 5,000
 * files of a first save waited 3 s), one syncfs flushes them together. Linux only, through JNA (which the product
 * ships); elsewhere {@link #available()} is false and the writer forces each file. Linux reports write-back errors
 * to syncfs since 5.8, as it does to fsync.
 */
public final class FileSystemSync {

	private static final boolean AVAILABLE = load();

	private FileSystemSync() {
	}

	/** Whether {@link #sync} works here. */
	public static boolean available() {
		return AVAILABLE;
	}

	/**
	 * Returns once everything written to the file system holding {@code anyPath} is on disk: the content of every
	 * file written there, and their names.
	 */
	public static void sync(Path anyPath) throws IOException {
		if (!AVAILABLE) {
			throw new IOException("syncfs is not available on this platform");
		}
		LinuxSyncfs.sync(anyPath.toAbsolutePath().toString());
	}

	private static boolean load() {
		try {
			return LinuxSyncfs.load();
		} catch (LinkageError e) {
			return false; // no JNA (a plain class path without it): the caller forces each file
		}
	}
}
