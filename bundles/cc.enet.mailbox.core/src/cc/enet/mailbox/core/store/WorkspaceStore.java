package cc.enet.mailbox.core.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.Workspace;

/**
 * Reads and writes a workspace folder: {@code workspace.xmi} holds the root and refers to one file per customer in
 * {@code customers/}, so one customer's change touches one file. Saving is atomic: every changed file is first
 * written beside its target and then moved over it, the root last, so a crash leaves each file whole.
 */
public final class WorkspaceStore {

	public static final String ROOT_FILE = "workspace.xmi";
	public static final String CUSTOMERS_FOLDER = "customers";
	private static final String TEMP_SUFFIX = ".saving";
	private static final int WRITERS = 8;

	private WorkspaceStore() {
	}

	public static boolean isWorkspace(Path folder) {
		return Files.isRegularFile(folder.resolve(ROOT_FILE));
	}

	/** A new, empty workspace in memory; nothing is written until {@link #save}. */
	public static MailboxWorkspace create(Path folder, String name) {
		ResourceSet resourceSet = newResourceSet();
		Resource resource = resourceSet.createResource(uri(folder.resolve(ROOT_FILE)));
		Workspace root = MailboxFactory.eINSTANCE.createWorkspace();
		root.setName(name);
		resource.getContents().add(root);
		return new MailboxWorkspace(folder.toAbsolutePath().normalize(), resourceSet, root);
	}

	/** Opens the workspace and every customer file; any unreadable file fails the whole open. */
	public static MailboxWorkspace open(Path folder) throws WorkspaceException {
		Path absolute = folder.toAbsolutePath().normalize();
		Path rootFile = absolute.resolve(ROOT_FILE);
		if (!Files.isRegularFile(rootFile)) {
			throw new WorkspaceException(rootFile, 0, "not a workspace: " + ROOT_FILE + " is missing", null);
		}
		ResourceSet resourceSet = newResourceSet();
		Resource resource = load(resourceSet, rootFile);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Workspace root)) {
			throw new WorkspaceException(rootFile, 0, "the file holds no workspace", null);
		}
		for (int i = 0; i < root.getCustomers().size(); i++) {
			Customer customer = root.getCustomers().get(i); // resolves the proxy, loading the customer's file
			if (customer.eIsProxy()) {
				URI fileUri = ((InternalEObject) customer).eProxyURI().trimFragment();
				throw failure(fileOf(fileUri), resourceSet.getResource(fileUri, false));
			}
		}
		// A file broken half-way still yields the objects before the break: refuse it rather than lose the rest.
		for (Resource loaded : resourceSet.getResources()) {
			if (!loaded.getErrors().isEmpty()) {
				throw failure(fileOf(loaded.getURI()), loaded);
			}
		}
		return new MailboxWorkspace(absolute, resourceSet, root);
	}

	private static Resource load(ResourceSet resourceSet, Path file) throws WorkspaceException {
		try {
			return resourceSet.getResource(uri(file), true);
		} catch (RuntimeException e) {
			throw failure(file, resourceSet.getResource(uri(file), false));
		}
	}

	private static WorkspaceException failure(Path file, Resource resource) {
		if (!Files.exists(file)) {
			return new WorkspaceException(file, 0, "file is missing", null);
		}
		if (resource != null && !resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			return new WorkspaceException(file, first.getLine(), first.getMessage(),
					first instanceof Throwable t ? t : null);
		}
		return new WorkspaceException(file, 0, "cannot be read", null);
	}

	/** Writes every file whose content changed, atomically; removes files of customers no longer in the workspace. */
	public static void save(MailboxWorkspace workspace) throws IOException {
		Path folder = workspace.folder();
		Path customers = folder.resolve(CUSTOMERS_FOLDER);
		Files.createDirectories(customers);
		Workspace root = workspace.root();
		Resource rootResource = root.eResource();
		Set<Resource> kept = new LinkedHashSet<>();
		kept.add(rootResource);
		Set<String> usedNames = new HashSet<>();
		for (Customer customer : root.getCustomers()) {
			if (customer.eResource() != null && customer.eResource() != rootResource) {
				usedNames.add(customer.eResource().getURI().lastSegment());
			}
		}
		for (Customer customer : List.copyOf(root.getCustomers())) { // attaching a resource touches the list
			Resource resource = customer.eResource();
			if (resource == null || resource == rootResource) {
				// A customer added through an edit: give it a file of its own.
				String name = uniqueFileName(customer.getId(), usedNames);
				resource = workspace.resourceSet().createResource(uri(customers.resolve(name)));
				resource.getContents().add(customer);
			}
			kept.add(resource);
		}
		Map<Path, byte[]> changed = new LinkedHashMap<>();
		for (Resource resource : kept) {
			if (resource != rootResource) {
				serializeIfChanged(resource, changed);
			}
		}
		serializeIfChanged(rootResource, changed); // last, so it never names a customer file not yet in place
		writeAllDurably(changed);
		for (Path target : changed.keySet()) {
			Files.move(temp(target), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		removeOrphans(workspace, customers, kept);
	}

	private static void serializeIfChanged(Resource resource, Map<Path, byte[]> changed) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
		resource.save(bytes, saveOptions());
		Path file = fileOf(resource.getURI());
		byte[] content = bytes.toByteArray();
		try {
			if (Arrays.equals(Files.readAllBytes(file), content)) {
				return;
			}
		} catch (NoSuchFileException e) {
			// new file
		}
		changed.put(file, content);
	}

	/**
	 * Writes every temporary file and forces it to disk. The forces run on several threads: a first save of
	 * thousands of customer files is bound by fsync latency, not by the CPU. On failure no temporary file stays.
	 */
	private static void writeAllDurably(Map<Path, byte[]> changed) throws IOException {
		if (changed.size() < 8) {
			for (Map.Entry<Path, byte[]> entry : changed.entrySet()) {
				writeOrClean(entry.getKey(), entry.getValue(), changed);
			}
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		try {
			List<Future<Path>> writes = new ArrayList<>();
			for (Map.Entry<Path, byte[]> entry : changed.entrySet()) {
				writes.add(pool.submit(() -> writeDurably(entry.getKey(), entry.getValue())));
			}
			IOException failure = null;
			for (Future<Path> write : writes) {
				try {
					write.get();
				} catch (ExecutionException e) {
					if (failure == null) {
						failure = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
					}
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					failure = new IOException("save interrupted", e);
				}
			}
			if (failure != null) {
				deleteTemps(changed);
				throw failure;
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private static void writeOrClean(Path target, byte[] content, Map<Path, byte[]> all) throws IOException {
		try {
			writeDurably(target, content);
		} catch (IOException e) {
			deleteTemps(all);
			throw e;
		}
	}

	private static void deleteTemps(Map<Path, byte[]> changed) {
		for (Path target : changed.keySet()) {
			try {
				if (Files.isRegularFile(temp(target))) {
					Files.delete(temp(target));
				}
			} catch (IOException ignored) {
				// best effort: a stray temporary file never replaces a real one
			}
		}
	}

	private static Path writeDurably(Path target, byte[] content) throws IOException {
		Path temp = temp(target);
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
				StandardOpenOption.WRITE)) {
			channel.write(java.nio.ByteBuffer.wrap(content));
			channel.force(true);
		}
		return temp;
	}

	private static Path temp(Path target) {
		return target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
	}

	private static void removeOrphans(MailboxWorkspace workspace, Path customers, Set<Resource> kept) throws IOException {
		Set<Path> keptFiles = new HashSet<>();
		for (Resource resource : kept) {
			keptFiles.add(fileOf(resource.getURI()));
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(customers, "*.xmi")) {
			for (Path file : files) {
				if (!keptFiles.contains(file)) {
					Files.delete(file);
					Resource stale = workspace.resourceSet().getResource(uri(file), false);
					if (stale != null) {
						// Detach, do not unload: an undo may bring the customer back, and unloading would turn it
						// into a proxy. Saved again, it simply gets a file of its own.
						stale.getContents().clear();
						workspace.resourceSet().getResources().remove(stale);
					}
				}
			}
		}
	}

	/** A file name from the customer id: letters, digits, '.', '-' and '_' kept, anything else replaced. */
	static String uniqueFileName(String id, Set<String> used) {
		String base = id == null || id.isBlank() ? "customer" : id.replaceAll("[^A-Za-z0-9._-]", "_");
		String name = base + ".xmi";
		for (int n = 2; !used.add(name); n++) {
			name = base + "-" + n + ".xmi";
		}
		return name;
	}

	static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(MailboxPackage.eNS_URI, MailboxPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Map<Object, Object> load = resourceSet.getLoadOptions();
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		load.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		return resourceSet;
	}

	private static final org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl PARSER_POOL = new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl();

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		return options;
	}

	static Path fileOf(URI uri) {
		return Path.of(uri.toFileString());
	}

	static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
