package cc.enet.mailbox.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** Test access to the store's seams (the fragment shares the package). */
public final class StoreFaults {

	private static final UnaryOperator<Path> UNIQUE = TempFiles.naming;

	private StoreFaults() {
	}

	/** Temporary files named {@code NAME.saving} until {@link #reset()}, so a test can block one. */
	public static void predictableTempNames() {
		TempFiles.naming = target -> target.resolveSibling(target.getFileName() + TempFiles.SUFFIX);
	}

	/** Whether this platform forces a big save's files with one sync of their file system. */
	public static boolean flushesFileSystems() {
		return ChangedFileWriter.platformFlush() != null;
	}

	/** Counts the syncs of a file system a save makes (each still done) until {@link #reset()}. */
	public static void countFileSystemFlushes(AtomicInteger count) {
		ChangedFileWriter.FileSystemFlush platform = ChangedFileWriter.platformFlush();
		ChangedFileWriter.replacedFlush = path -> {
			count.incrementAndGet();
			platform.sync(path);
		};
	}

	/** Every sync of a file system fails with {@code failure} until {@link #reset()}. */
	public static void failFileSystemFlushes(IOException failure) {
		ChangedFileWriter.replacedFlush = path -> {
			throw failure;
		};
	}

	public static void reset() {
		TempFiles.naming = UNIQUE;
		ChangedFileWriter.replacedFlush = null;
	}
}
