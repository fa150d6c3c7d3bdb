package cc.enet.mailbox.core.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Snapshots of a folder's files, to prove what a step did or did not write. */
final class FolderSnapshot {
	private FolderSnapshot() {
	}

	static Map<String, String> of(Path folder) {
		Map<String, String> files = new TreeMap<>();
		if (!Files.exists(folder)) {
			return files;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.filter(Files::isRegularFile).forEach(f -> {
				try {
					files.put(folder.relativize(f).toString(), Files.readString(f));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}
}
