package cc.enet.mailbox.core.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * How a workspace's resource set reads files: only files inside the workspace folder (an {@code http:} link, a
 * file elsewhere or a {@code ../} path is refused, so opening a workspace someone sent fetches nothing), and each
 * file's SHA-256 is noted as read, so a save can tell whether someone else changed it since.
 */
final class ConfinedUriConverter extends ExtensibleURIConverterImpl {

	private final Path folder;
	private final Map<Path, String> readHashes;

	ConfinedUriConverter(Path folder, Map<Path, String> readHashes) {
		this.folder = folder;
		this.readHashes = readHashes;
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		Path file = insideFolder(uri, folder);
		if (file == null) {
			throw new IOException(uri + " is outside the workspace folder " + folder + "; not read");
		}
		byte[] content = Files.readAllBytes(file);
		String hash = FileHash.of(content);
		readHashes.put(file, hash);
		return new HashedContent(content, hash);
	}

	/** A file's bytes as read, with their SHA-256: what a cache entry must have been made from. */
	static final class HashedContent extends ByteArrayInputStream {
		private final String hash;

		HashedContent(byte[] content, String hash) {
			super(content);
			this.hash = hash;
		}

		String hash() {
			return hash;
		}
	}

	/** The file {@code uri} names if it lies inside {@code folder}; else null. */
	static Path insideFolder(URI uri, Path folder) {
		if (uri == null || !uri.isFile() || uri.toFileString() == null) {
			return null;
		}
		Path file = Path.of(uri.toFileString()).toAbsolutePath().normalize();
		return file.startsWith(folder) && !file.equals(folder) ? file : null;
	}
}
