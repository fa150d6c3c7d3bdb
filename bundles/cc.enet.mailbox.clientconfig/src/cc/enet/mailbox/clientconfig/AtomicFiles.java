package cc.enet.mailbox.clientconfig;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: into a temporary sibling, then one atomic rename. */
public final class AtomicFiles {

	/** What writes the content. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	public static void write(Path file, Content content) throws IOException {
		Path target = file.toAbsolutePath();
		if (target.getParent() != null) {
			Files.createDirectories(target.getParent());
		}
		Path temp = target.resolveSibling(target.getFileName() + ".writing");
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				content.writeTo(out);
			}
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
