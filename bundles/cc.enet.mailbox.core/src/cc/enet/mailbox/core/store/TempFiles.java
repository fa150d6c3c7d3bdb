package cc.enet.mailbox.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Temporary files of a save: a name no other process or thread can choose ({@code NAME.PID-N.saving}), the
 * directory forced to disk after the renames, and leftovers of a crashed save removed by the next writer.
 */
final class TempFiles {

	static final String SUFFIX = ".saving";
	private static final AtomicLong COUNTER = new AtomicLong();

	private TempFiles() {
	}

	/** Replaced by tests only, to place an obstacle where a temporary file will go. */
	static volatile UnaryOperator<Path> naming = TempFiles::uniqueName;

	static Path beside(Path target) {
		return naming.apply(target);
	}

	private static Path uniqueName(Path target) {
		return target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + "-"
				+ COUNTER.incrementAndGet() + SUFFIX);
	}

	/** Makes the renames in {@code folder} durable; a file system that cannot open folders (NTFS) skips it. */
	static void forceDirectory(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Windows cannot open a directory as a channel; its renames are journaled by NTFS
		}
	}

	/** Only a lock holder calls this: then no save is running and every temporary file is a crash's leftover. */
	static void deleteStale(Path folder) throws IOException {
		deleteIn(folder);
		Path customers = folder.resolve(WorkspaceStore.CUSTOMERS_FOLDER);
		if (Files.isDirectory(customers)) {
			deleteIn(customers);
		}
	}

	private static void deleteIn(Path folder) throws IOException {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
			for (Path file : files) {
				if (Files.isRegularFile(file)) {
					Files.deleteIfExists(file);
				}
			}
		}
	}
}
