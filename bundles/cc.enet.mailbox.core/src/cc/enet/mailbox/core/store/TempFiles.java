package cc.enet.mailbox.core.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import cc.enet.mailbox.core.io.DurableFiles;

/**
 * Names of a save's temporary files ({@code NAME.<random>.saving}, a suffix of their own so that the next writer
 * can tell a crashed save's leftovers from anything else), and their removal.
 */
final class TempFiles {

	static final String SUFFIX = ".saving";

	private TempFiles() {
	}

	/** Replaced by tests only, to place an obstacle where a temporary file will go. */
	static volatile UnaryOperator<Path> naming = target -> DurableFiles.randomSibling(target, SUFFIX);

	static Path beside(Path target) {
		return naming.apply(target);
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
