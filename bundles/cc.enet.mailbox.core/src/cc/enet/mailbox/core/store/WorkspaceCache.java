package cc.enet.mailbox.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;

import org.eclipse.emf.ecore.resource.Resource;

import cc.enet.mailbox.core.MailboxConsoleHome;
import cc.enet.mailbox.core.io.DurableFiles;

/**
 * A derived copy of a workspace's customer files in EMF's binary form, so that opening skips parsing XML for every
 * file that has not changed. Each entry is keyed by the SHA-256 of the XMI file's exact bytes: opening still reads
 * and hashes every file, and takes an entry only for a file whose bytes are the ones the entry was made from; any
 * other file is parsed as before. The cache lives in the console's own folder, never in the workspace (a workspace
 * someone sent, or a team's Git remote, brings no cache), readable by its owner only. It is append-only, each entry
 * with a CRC: a torn or damaged entry is skipped, a damaged header ignores the whole file, and nothing that goes
 * wrong with it fails an open or a save. Switched off with {@code -Dmailbox.workspaceCache=false}.
 */
final class WorkspaceCache {

	/** Load option: the cache a customer file's load consults (see {@link TrackedXmiResource}). */
	static final String OPTION = WorkspaceCache.class.getName();

	/** Above this many entries per live file, the next open rewrites the file with the live ones only. */
	private static final int COMPACT_FACTOR = 2;
	/** One writer at a time in this process: two appends must not interleave. */
	private static final Object WRITING = new Object();

	private final Path file;
	private final Path folder;
	/** The file as read at open, and its index; dropped once the open is done (25 MB at 100,000 mailboxes). */
	private byte[] content;
	private Map<String, CacheFile.Entry> entries;
	private final Map<String, byte[]> parsed = new ConcurrentHashMap<>();
	private final AtomicInteger hits = new AtomicInteger();
	/** The entries last queued after a save (entries are made in the order saves queue them). */
	private volatile Future<?> pending = CompletableFuture.completedFuture(null);

	private WorkspaceCache(Path file, Path folder, byte[] content, Map<String, CacheFile.Entry> entries) {
		this.file = file;
		this.folder = folder;
		this.content = content;
		this.entries = entries;
	}

	static boolean enabled() {
		return !"false".equals(System.getProperty("mailbox.workspaceCache"));
	}

	/** The cache of a workspace made in memory: nothing to read, only to add to when it is saved. */
	static WorkspaceCache forNew(Path folder) {
		return new WorkspaceCache(fileFor(folder), folder, null, Map.of());
	}

	/** The cache of the workspace in {@code folder}; empty when there is none or it cannot be read. */
	static WorkspaceCache of(Path folder) {
		Path file = fileFor(folder);
		byte[] content = null;
		Map<String, CacheFile.Entry> entries = new HashMap<>();
		if (enabled()) {
			try {
				content = Files.readAllBytes(file);
				entries = CacheFile.index(content, folder);
				if (entries == null) {
					content = null; // another model's or folder's: the next save starts it again
				}
			} catch (NoSuchFileException e) {
				content = null;
			} catch (IOException | RuntimeException e) {
				content = null; // unreadable: as if there were none; the next save starts it again
			}
		}
		return new WorkspaceCache(file, folder, content, entries == null ? new HashMap<>() : entries);
	}

	/** The cache's file: one per workspace folder, named by the folder's path. */
	static Path fileFor(Path folder) {
		String id = FileHash.of(folder.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
		return directory().resolve(id.substring(0, 32) + ".bin");
	}

	private static Path directory() {
		return MailboxConsoleHome.folder().resolve("cache").resolve("workspaces");
	}

	/** The binary content made from a file of exactly these bytes, or null. */
	byte[] payload(String fileHash) {
		CacheFile.Entry entry = entries.get(fileHash);
		if (entry == null) {
			return null;
		}
		byte[] payload = Arrays.copyOfRange(content, entry.offset(), entry.offset() + entry.length());
		CRC32C crc = new CRC32C();
		crc.update(payload);
		if ((int) crc.getValue() != entry.crc()) {
			return null;
		}
		return payload;
	}

	/** Counts a file filled from its entry. */
	void used() {
		hits.incrementAndGet();
	}

	/** How many files the last open took from the cache (tests and benchmarks read it). */
	int hits() {
		return hits.get();
	}

	/**
	 * Notes a file just parsed from XML, to be added by {@link #addParsed}: only for a folder this console has saved
	 * (it has a cache file), not for the scratch copies a team sync checks out of Git and reads once.
	 */
	void noteParsed(String fileHash, Resource resource) {
		if (enabled() && content != null && !entries.containsKey(fileHash)) {
			byte[] binary = BinaryCustomerFile.encode(resource);
			if (binary != null) {
				parsed.put(fileHash, binary);
			}
		}
	}

	/**
	 * After an open: adds what was parsed, or rewrites the file when most of it is stale; then lets go of what was
	 * read.
	 */
	void addParsed(Collection<String> fileHashes) {
		if (!enabled()) {
			return;
		}
		if (content != null && entries.size() > COMPACT_FACTOR * Math.max(16, fileHashes.size())) {
			Set<String> liveHashes = Set.copyOf(fileHashes); // a set only when compacting: 5,000 hashes cost a while
			Map<String, byte[]> kept = new HashMap<>(parsed);
			for (Map.Entry<String, CacheFile.Entry> e : entries.entrySet()) {
				if (liveHashes.contains(e.getKey())) {
					CacheFile.Entry at = e.getValue();
					kept.put(e.getKey(), Arrays.copyOfRange(content, at.offset(), at.offset() + at.length()));
				}
			}
			synchronized (WRITING) {
				rewrite(kept);
			}
		} else if (!parsed.isEmpty()) {
			append(parsed);
		}
		parsed.clear();
		if (content == null) {
			sweep(); // no cache file for this folder (or an unreadable one): others' may be stale
		}
		content = null;
		entries = Map.of();
	}

	/**
	 * Queues the entries of customer files a save just wrote (file to the hash of the bytes written); they are made
	 * after the save, see {@link CacheEntriesAfterSave}. Never fails.
	 */
	void addLater(Map<Path, String> written) {
		if (enabled() && !written.isEmpty()) {
			try {
				pending = CacheEntriesAfterSave.submit(this, folder, written);
			} catch (RuntimeException e) {
				// a cache only: the next open caches what it parses
			}
		}
	}

	/** Waits until the entries queued by saves so far are made; false when that took longer than the timeout. */
	boolean awaitAdded(Duration timeout) {
		return CacheEntriesAfterSave.await(pending, timeout);
	}

	/** Adds entries (hash of a file's bytes to their binary content). */
	void append(Map<String, byte[]> written) {
		if (!enabled() || written.isEmpty()) {
			return;
		}
		synchronized (WRITING) {
			appendLocked(written);
		}
	}

	private void appendLocked(Map<String, byte[]> written) {
		try {
			Files.createDirectories(directory());
			boolean fresh = !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) == 0;
			if (!fresh && !headerMatches()) {
				rewrite(written);
				return;
			}
			ByteBuffer out = CacheFile.encode(fresh ? CacheFile.header(folder) : new byte[0], written);
			try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS), ownerOnly())) {
				while (out.hasRemaining()) {
					channel.write(out);
				}
			}
			if (fresh) {
				sweep();
			}
		} catch (IOException | RuntimeException e) {
			// a cache only: the files stay what is read
		}
	}

	private static FileAttribute<?>[] ownerOnly() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
				: new FileAttribute<?>[0];
	}

	private void rewrite(Map<String, byte[]> kept) {
		try {
			Files.createDirectories(directory());
			Path temp = DurableFiles.newTempFile(file, true);
			try {
				ByteBuffer out = CacheFile.encode(CacheFile.header(folder), kept);
				try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
					while (out.hasRemaining()) {
						channel.write(out);
					}
				}
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(temp);
			}
		} catch (IOException | RuntimeException e) {
			// a cache only
		}
	}

	private boolean headerMatches() throws IOException {
		byte[] expected = CacheFile.header(folder);
		byte[] found = new byte[expected.length];
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			ByteBuffer buffer = ByteBuffer.wrap(found);
			while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
				// reads the header only
			}
		}
		return Arrays.equals(expected, found);
	}

	/** Removes the caches of workspace folders that are gone (test and benchmark folders come and go). */
	private void sweep() {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory(), "*.bin")) {
			for (Path other : files) {
				if (!other.equals(file)) {
					Path owner = CacheFile.ownerOf(other);
					if (owner != null && !WorkspaceStore.isWorkspace(owner)) {
						Files.deleteIfExists(other);
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			// a cache only
		}
	}
}
