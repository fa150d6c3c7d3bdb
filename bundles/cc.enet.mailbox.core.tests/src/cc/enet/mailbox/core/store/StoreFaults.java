package cc.enet.mailbox.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** Test access to the store's seams (the fragment shares the package). */
public final class StoreFaults {

	private static final UnaryOperator<Path> UNIQUE = TempFiles.naming;
	private static final ChangedFileWriter.FileSystemFlush PLATFORM_FLUSH = ChangedFileWriter.fileSystemFlush;

	private StoreFaults() {
	}

	/** Temporary files named {@code NAME.saving} until {@link #reset()}, so a test can block one. */
	public static void predictableTempNames() {
		TempFiles.naming = target -> target.resolveSibling(target.getFileName() + TempFiles.SUFFIX);
	}

	/** Whether this platform forces a big save's files with one sync of their file system. */
	public static boolean flushesFileSystems() {
		return PLATFORM_FLUSH != null;
	}

	/** Counts the syncs of a file system a save makes (each still done) until {@link #reset()}. */
	public static void countFileSystemFlushes(AtomicInteger count) {
		ChangedFileWriter.fileSystemFlush = path -> {
			count.incrementAndGet();
			PLATFORM_FLUSH.sync(path);
		};
	}

	/** Every sync of a file system fails with {@code failure} until {@link #reset()}. */
	public static void failFileSystemFlushes(IOException failure) {
		ChangedFileWriter.fileSystemFlush = path -> {
			throw failure;
		};
	}

	public static void reset() {
		TempFiles.naming = UNIQUE;
		ChangedFileWriter.fileSystemFlush = PLATFORM_FLUSH;
	}
}
