package cc.enet.mailbox.core.store;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Makes the {@link WorkspaceCache} entries of the customer files a save wrote, after the save has returned, on one
 * low-priority daemon thread: a save waits for its fsyncs and renames only. Each entry is made from the file as it is
 * now on disk, parsed into a scratch resource set, and kept only when those bytes still have the hash the save
 * wrote; the live model is never read here (staff may be editing it). A process that ends first leaves the rest to
 * the next open, which caches what it parses.
 */
final class CacheEntriesAfterSave {

	/** Entries are appended in groups this big, so that work done before a process ends is kept. */
	private static final int GROUP = 256;

	private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "workspace cache entries");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		return thread;
	});

	private CacheEntriesAfterSave() {
	}

	/** Queues the entries of {@code written} (file to the hash of the bytes the save wrote). */
	static Future<?> submit(WorkspaceCache cache, Path folder, Map<Path, String> written) {
		if (written.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		Map<Path, String> files = Map.copyOf(written);
		return THREAD.submit(() -> make(cache, folder, files));
	}

	private static void make(WorkspaceCache cache, Path folder, Map<Path, String> files) {
		ResourceSet scratch = WorkspaceStore.newResourceSet(folder, new HashMap<>());
		Map<String, byte[]> group = new HashMap<>();
		for (Map.Entry<Path, String> file : files.entrySet()) {
			byte[] binary = encodeIfUnchanged(scratch, file.getKey(), file.getValue());
			if (binary != null) {
				group.put(file.getValue(), binary);
			}
			if (group.size() == GROUP) {
				cache.append(group);
				group.clear();
				scratch = WorkspaceStore.newResourceSet(folder, new HashMap<>());
			}
		}
		cache.append(group);
	}

	/** The binary copy of the file, or null when it is no longer what the save wrote or cannot be cached. */
	private static byte[] encodeIfUnchanged(ResourceSet scratch, Path file, String savedHash) {
		try {
			byte[] content = Files.readAllBytes(file);
			if (!FileHash.of(content).equals(savedHash)) {
				return null; // changed since the save: its next open parses it
			}
			Resource resource = scratch.createResource(WorkspaceStore.uri(file));
			resource.load(new ByteArrayInputStream(content), scratch.getLoadOptions());
			return resource.getErrors().isEmpty() ? BinaryCustomerFile.encode(resource) : null;
		} catch (Exception e) {
			return null; // a cache only: the file stays what is read
		}
	}

	/** Waits for a submitted group of entries; false when it did not finish in time. */
	static boolean await(Future<?> pending, Duration timeout) {
		try {
			pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		} catch (ExecutionException e) {
			return true; // finished, without entries
		} catch (TimeoutException e) {
			return false;
		}
	}
}
