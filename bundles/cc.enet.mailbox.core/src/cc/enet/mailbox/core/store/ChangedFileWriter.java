package cc.enet.mailbox.core.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

import cc.enet.mailbox.core.io.DurableFiles;
import cc.enet.mailbox.core.io.FileSystemSync;

/**
 * The first half of a save: each modified resource serialized, hashed once, compared with what this session knows
 * of its file, and when it differs, its file checked unchanged on disk and its content written and forced to a
 * temporary file beside it. Nothing is moved into place here. A first save of thousands of customer files is bound
 * by serialization (CPU) and the disk's flushes, so the files go through a pool where one thread's writing overlaps
 * another's serialization, and the caller's own work between submissions; past the first
 * {@value #FORCED_EACH_UP_TO} files, where the platform can, the other customer files are forced together by one
 * sync of their file system ({@link FileSystemSync}) instead of one fsync each. On any failure every temporary file
 * written is removed and nothing else was touched.
 */
final class ChangedFileWriter {

	private static final int THREADS = 8;
	private static final int PARALLEL_FROM = 8;
	/**
	 * Files forced one by one: a save of a few (one edited mailbox) never waits for whatever else the machine has
	 * left to write to that file system; beyond it, one sync costs less than the fsyncs.
	 */
	private static final int FORCED_EACH_UP_TO = 32;

	/** Forces the file system holding a path to disk. */
	interface FileSystemFlush {
		void sync(Path path) throws IOException;
	}

	/** Tests only: replaces the platform's way of forcing a file system at once. */
	static volatile FileSystemFlush replacedFlush;

	/** The platform's way, bound on first use: JNA's loading takes 0.15 s, so a writing thread pays it, not the caller. */
	private static final class PlatformFlush {
		static final FileSystemFlush FLUSH = FileSystemSync.available() ? FileSystemSync::sync : null;
	}

	/** A file to move into place: its temporary file and the hash of its content. */
	record Written(Path target, Path temp, String hash) {
	}

	private final Map<Path, String> knownHashes;
	private final Path customers;
	private final Map<Path, Path> temps = new ConcurrentHashMap<>(); // only these are ours to remove on failure
	private final ThreadLocal<Map<Object, Object>> saveOptions = ThreadLocal.withInitial(ChangedFileWriter::options);
	/** One buffer per thread, reused for each file it serializes: hashed and written where it is, never copied. */
	private final ThreadLocal<Buffer> buffers = ThreadLocal.withInitial(Buffer::new);
	private final ThreadLocal<PlainXmiWriter> plainWriters = ThreadLocal.withInitial(PlainXmiWriter::new);

	/** Resources submitted before the pool started: few (one changed mailbox) are written on the caller's thread. */
	private final List<Resource> queued = new ArrayList<>();
	private final List<Future<Written>> futures = new ArrayList<>();
	private ExecutorService pool;
	private volatile boolean customersExist;
	private int submitted;
	/** Whether a customer file was written without being forced: then finish syncs their file system. */
	private volatile boolean unforced;

	ChangedFileWriter(Map<Path, String> knownHashes, Path customers) {
		this.knownHashes = knownHashes;
		this.customers = customers;
	}

	/**
	 * Queues a resource to be written if its content changed. From the {@value #PARALLEL_FROM}th on, the files go to
	 * the pool as they come, so a caller still preparing the next resources (a first save attaching thousands of
	 * customers to files of their own) overlaps the writing and its waits for the disk.
	 */
	void submit(Resource resource) {
		submitted++;
		if (pool == null && queued.size() + 1 < PARALLEL_FROM) {
			queued.add(resource);
			return;
		}
		if (pool == null) {
			pool = Executors.newFixedThreadPool(THREADS);
			queued.forEach(early -> toPool(early, true));
			queued.clear();
		}
		toPool(resource, submitted <= FORCED_EACH_UP_TO);
	}

	private void toPool(Resource resource, boolean forceAlone) {
		futures.add(pool.submit(() -> writeIfChanged(resource, forceAlone)));
	}

	/** How this platform forces a file system at once, or null (every file forced). */
	private static FileSystemFlush flush() {
		FileSystemFlush replaced = replacedFlush;
		return replaced != null ? replaced : PlatformFlush.FLUSH;
	}

	/** The platform's own, whatever a test put in its place. */
	static FileSystemFlush platformFlush() {
		return PlatformFlush.FLUSH;
	}

	/**
	 * The submitted resources whose content changed, written to temporary files, in the order submitted. On any
	 * failure every temporary file is removed.
	 */
	List<Written> finish() throws IOException {
		List<Written> written = new ArrayList<>();
		try {
			for (Resource resource : queued) {
				add(written, writeIfChanged(resource, true));
			}
			IOException failure = null;
			for (Future<Written> future : futures) {
				try {
					add(written, future.get());
				} catch (ExecutionException e) {
					if (failure == null) {
						failure = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
					}
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					failure = new IOException("save interrupted", e);
					break;
				}
			}
			if (failure != null) {
				throw failure;
			}
			if (unforced) {
				flush().sync(customers);
			}
			return written;
		} catch (IOException | RuntimeException e) {
			abandon();
			throw e;
		} finally {
			if (pool != null) {
				pool.shutdownNow();
			}
		}
	}

	/** Stops the writing (what runs ends first, so no file is created after) and removes every temporary file. */
	void abandon() {
		if (pool != null) {
			pool.shutdownNow();
			try {
				pool.awaitTermination(1, TimeUnit.MINUTES);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		deleteTemps();
	}

	private static void add(List<Written> written, Written one) {
		if (one != null) {
			written.add(one);
		}
	}

	/**
	 * {@code forceAlone}: the file is forced by itself; otherwise, if it is a customer file (only their folder is
	 * synced at once; the root always goes alone) and the platform can, by the sync of its file system in finish.
	 */
	private Written writeIfChanged(Resource resource, boolean forceAlone) throws IOException {
		Buffer content = buffers.get();
		content.reset();
		StringBuilder plain = plainWriters.get().write(resource);
		if (plain != null) {
			content.writeUtf8(plain);
		} else {
			resource.save(content, saveOptions.get());
		}
		Path file = WorkspaceStore.fileOf(resource.getURI());
		String hash = content.hash();
		String known = knownHashes.getOrDefault(file, FileHash.ABSENT);
		if (known.equals(hash)) {
			return null;
		}
		if (!unchangedOnDisk(file, known)) {
			throw new WorkspaceChangedException(file);
		}
		if (!customersExist && file.getParent().equals(customers)) {
			Files.createDirectories(customers);
			customersExist = true; // once: a first save writes thousands of files into it
		}
		Path temp = TempFiles.beside(file);
		if (forceAlone || !file.getParent().equals(customers) || flush() == null) {
			DurableFiles.writeNew(temp, content::writeTo, false);
		} else {
			unforced = true;
			DurableFiles.writeNewUnforced(temp, content::writeTo);
		}
		temps.put(file, temp);
		return new Written(file, temp, hash);
	}

	/**
	 * Whether the file is still what this session knows of it. A file expected absent is checked without reading
	 * it (a first save creates thousands, and a missing file costs an exception when read); anything found there is
	 * someone else's.
	 */
	private static boolean unchangedOnDisk(Path file, String known) throws IOException {
		if (known.equals(FileHash.ABSENT)) {
			return !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
		}
		return FileHash.ofFile(file).equals(known);
	}

	private void deleteTemps() {
		for (Path temp : temps.values()) {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException ignored) {
				// best effort: a stray temporary file never replaces a real one, and the next writer removes it
			}
		}
	}

	/** A file's serialized bytes, hashed and written from the array they were serialized into. */
	private static final class Buffer extends ByteArrayOutputStream {
		Buffer() {
			super(64 * 1024);
		}

		String hash() {
			return FileHash.of(buf, 0, count);
		}

		/** The text's characters, copied out at once: read one by one through CharSequence, a sixth of the save's profile. */
		private char[] chars = new char[64 * 1024];

		/**
		 * Appends the text as UTF-8, as EMF's writer encodes it. Only for {@link PlainXmiWriter}'s text: no surrogate
		 * (it leaves those to EMF), so each character is one code point of one to three bytes.
		 */
		void writeUtf8(StringBuilder text) {
			int length = text.length();
			if (chars.length < length) {
				chars = new char[Math.max(length, 2 * chars.length)];
			}
			text.getChars(0, length, chars, 0);
			ensureCapacity(count + 3 * length);
			char[] from = chars;
			byte[] bytes = buf;
			int at = count;
			for (int i = 0; i < length; i++) {
				char c = from[i];
				if (c < 0x80) {
					bytes[at++] = (byte) c;
				} else if (c < 0x800) {
					bytes[at++] = (byte) (0xC0 | c >> 6);
					bytes[at++] = (byte) (0x80 | c & 0x3F);
				} else {
					bytes[at++] = (byte) (0xE0 | c >> 12);
					bytes[at++] = (byte) (0x80 | c >> 6 & 0x3F);
					bytes[at++] = (byte) (0x80 | c & 0x3F);
				}
			}
			count = at;
		}

		private void ensureCapacity(int needed) {
			if (needed > buf.length) {
				buf = Arrays.copyOf(buf, Math.max(needed, 2 * buf.length));
			}
		}
	}

	/** EMF's options for a file: the bytes {@link PlainXmiWriter} must equal. */
	static Map<Object, Object> options() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>()); // one per thread: not thread-safe
		// Reuses the writer's buffers across files instead of building them per file (EMF's cache is synchronized).
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		return options;
	}
}
