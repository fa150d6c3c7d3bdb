package cc.enet.mailbox.core.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

import cc.enet.mailbox.MailboxPackage;

/**
 * Loads the customer files of a workspace on several threads: parsing and hashing 5,000 files is CPU work that one
 * thread does alone otherwise. Each resource is created in the set on the calling thread (a resource set's lists
 * are not thread-safe), then only its own content is loaded on the pool. The first file is loaded alone, so that
 * EMF's lazily built tables of the model's classes are complete before threads share them. Files are read through
 * the set's converter, so confinement and the noting of each file's hash stay as for a single load; a file whose
 * exact bytes the {@link WorkspaceCache} knows is filled from there instead of being parsed. Each file's modification
 * tracking starts on the thread that loaded it.
 */
final class CustomerFileLoader {

	/** Below this, a pool costs more than it saves. */
	private static final int PARALLEL_FROM = 16;

	private CustomerFileLoader() {
	}

	/** A file that failed: which one and the resource that holds its errors. */
	record Failure(URI uri, Resource resource) {
	}

	/**
	 * Loads every file (none is in the set yet); returns the first failure in the given order, or null. Loading stops being
	 * useful at the first failure, but the others are awaited so no thread outlives the open.
	 */
	static Failure loadAll(ResourceSet resourceSet, List<URI> files, WorkspaceCache cache) {
		// Each one entered in the set's URI map as created: EMF finds a resource missing from the map by comparing
		// its URI with every resource's, once per customer when the root's proxies resolve.
		Map<URI, Resource> byUri = resourceSet instanceof ResourceSetImpl impl ? impl.getURIResourceMap() : null;
		List<Resource> resources = new ArrayList<>(files.size());
		for (URI file : files) {
			Resource resource = resourceSet.createResource(file);
			if (byUri != null) {
				byUri.put(file, resource);
			}
			resources.add(resource);
		}
		if (resources.isEmpty()) {
			return null;
		}
		int threads = Math.min(Runtime.getRuntime().availableProcessors(), 8);
		ContentWalk.prepare(MailboxPackage.eINSTANCE);
		if (resources.size() < PARALLEL_FROM || threads < 2) {
			return loadChunk(resourceSet, resources, cache);
		}
		Failure first = loadChunk(resourceSet, resources.subList(0, 1), cache);
		if (first != null) {
			return first;
		}
		List<Resource> rest = resources.subList(1, resources.size());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Failure>> chunks = new ArrayList<>();
			int size = (rest.size() + threads - 1) / threads;
			for (int from = 0; from < rest.size(); from += size) {
				List<Resource> chunk = rest.subList(from, Math.min(rest.size(), from + size));
				chunks.add(pool.submit(() -> loadChunk(resourceSet, chunk, cache)));
			}
			Failure failure = null;
			for (Future<Failure> chunk : chunks) { // in order: the first failing file in the root's order wins
				Failure found = await(chunk);
				if (failure == null) {
					failure = found;
				}
			}
			return failure;
		} finally {
			pool.shutdownNow();
		}
	}

	private static Failure await(Future<Failure> chunk) {
		try {
			return chunk.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("opening the workspace was interrupted", e);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		}
	}

	/** Loads one thread's share, with a name-to-feature cache of its own (EMF's is a plain map). */
	private static Failure loadChunk(ResourceSet resourceSet, List<Resource> chunk, WorkspaceCache cache) {
		Map<Object, Object> options = new HashMap<>(resourceSet.getLoadOptions());
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(WorkspaceCache.OPTION, cache);
		for (Resource resource : chunk) {
			if (resource.isLoaded()) {
				continue;
			}
			try {
				resource.load(options);
				if (!resource.getErrors().isEmpty()) {
					return new Failure(resource.getURI(), resource);
				}
				// here, on the loading threads: a walk over every object, which one thread did alone afterwards
				resource.setTrackingModification(true);
			} catch (IOException | RuntimeException e) {
				return new Failure(resource.getURI(), resource);
			}
		}
		return null;
	}
}
