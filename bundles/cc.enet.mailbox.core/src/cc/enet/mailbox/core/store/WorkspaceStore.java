package cc.enet.mailbox.core.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.core.io.DurableFiles;

/**
 * Reads and writes a workspace folder: {@code workspace.xmi} holds the root and refers to one file per customer in
 * {@code customers/}, so one customer's change touches one file. Saving is atomic: every changed file is first
 * written beside its target and then moved over it, the root last, so a crash leaves each file whole. A save
 * refuses to overwrite a file that someone else changed since this session read it, and writes only the files of
 * resources that were modified, so one changed mailbox costs one customer file however large the workspace.
 * Opening reads only files inside the folder, with XML entities and DOCTYPEs refused.
 */
public final class WorkspaceStore {

	public static final String ROOT_FILE = "workspace.xmi";
	public static final String CUSTOMERS_FOLDER = "customers";

	/** Compiled once: a first save names thousands of files. */
	private static final Pattern UNSAFE_IN_FILE_NAME = Pattern.compile("[^A-Za-z0-9._-]");

	private WorkspaceStore() {
	}

	public static boolean isWorkspace(Path folder) {
		return Files.isRegularFile(folder.resolve(ROOT_FILE));
	}

	/** A new, empty workspace in memory; nothing is written until {@link #save}. */
	public static MailboxWorkspace create(Path folder, String name) {
		Path absolute = folder.toAbsolutePath().normalize();
		Map<Path, String> hashes = new ConcurrentHashMap<>();
		ResourceSet resourceSet = newResourceSet(absolute, hashes);
		Resource resource = resourceSet.createResource(uri(absolute.resolve(ROOT_FILE)));
		resource.setTrackingModification(true);
		Workspace root = MailboxFactory.eINSTANCE.createWorkspace();
		root.setName(name);
		resource.getContents().add(root);
		return new MailboxWorkspace(absolute, resourceSet, root, hashes, WorkspaceCache.forNew(absolute));
	}

	/** Opens the workspace and every customer file; any unreadable file fails the whole open. */
	public static MailboxWorkspace open(Path folder) throws WorkspaceException {
		Path absolute = folder.toAbsolutePath().normalize();
		Path rootFile = absolute.resolve(ROOT_FILE);
		if (!Files.isRegularFile(rootFile)) {
			throw new WorkspaceException(rootFile, 0, "not a workspace: " + ROOT_FILE + " is missing", null);
		}
		Map<Path, String> hashes = new ConcurrentHashMap<>();
		ResourceSet resourceSet = newResourceSet(absolute, hashes);
		Resource resource = load(resourceSet, rootFile);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Workspace root)) {
			throw new WorkspaceException(rootFile, 0, "the file holds no workspace", null);
		}
		CustomerReferences.checkConfined(root, rootFile, absolute.resolve(CUSTOMERS_FOLDER));
		WorkspaceCache cache = WorkspaceCache.of(absolute);
		CustomerFileLoader.Failure failed = CustomerFileLoader.loadAll(resourceSet, CustomerReferences.files(root), cache);
		if (failed != null) {
			throw failure(fileOf(failed.uri()), failed.resource());
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
		for (Resource loaded : resourceSet.getResources()) {
			loaded.setTrackingModification(true); // the root; the customer files' loading threads did theirs
		}
		cache.addParsed(hashes.values());
		return new MailboxWorkspace(absolute, resourceSet, root, hashes, cache);
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

	/**
	 * Writes every file whose content changed, atomically; removes the files of customers no longer in the
	 * workspace. Throws {@link WorkspaceChangedException}, writing nothing, when a file to be written or removed is
	 * no longer what this session read or last wrote.
	 */
	public static void save(MailboxWorkspace workspace) throws IOException {
		Path folder = workspace.folder();
		Path customers = folder.resolve(CUSTOMERS_FOLDER);
		Workspace root = workspace.root();
		Resource rootResource = root.eResource();
		ChangedFileWriter writer = new ChangedFileWriter(workspace.diskHashes(), customers);
		List<Resource> candidates = new ArrayList<>();
		try {
			Set<Resource> kept = new LinkedHashSet<>();
			kept.add(rootResource);
			Set<String> usedNames = null;
			for (Customer customer : List.copyOf(root.getCustomers())) { // attaching a resource touches the list
				Resource resource = customer.eResource();
				if (resource == null || resource == rootResource) {
					// A customer added through an edit: give it a file of its own, under a name no file has yet.
					if (usedNames == null) {
						usedNames = namesInUse(root, rootResource, customers);
					}
					String name = uniqueFileName(customer.getId(), usedNames);
					resource = workspace.resourceSet().createResource(uri(customers.resolve(name)));
					// Tracking first: attaching then adds the tracking adapters in the one walk over the customer's
					// objects that attaching makes anyway, instead of a second walk (5,000 customers: 600,000 objects).
					resource.setTrackingModification(true);
					resource.getContents().add(customer);
					resource.setModified(true);
				}
				if (kept.add(resource) && needsSaving(resource)) {
					candidates.add(resource);
					writer.submit(resource); // written while the next customers are attached
				}
			}
			if (needsSaving(rootResource)) {
				candidates.add(rootResource); // last, so it never names a customer file not yet in place
				writer.submit(rootResource);
			}
			List<Path> orphans = orphans(workspace, customers, kept, rootResource);
			for (Path orphan : orphans) {
				checkUnchangedOnDisk(workspace, orphan);
			}
			List<ChangedFileWriter.Written> written = writer.finish();
			if (written.isEmpty() && orphans.isEmpty()) {
				return;
			}
			for (ChangedFileWriter.Written file : written) { // the root last, as the candidates are ordered
				DurableFiles.replace(file.temp(), file.target());
			}
			removeOrphans(workspace, orphans);
			Path rootFile = fileOf(rootResource.getURI());
			if (!orphans.isEmpty() || written.stream().anyMatch(f -> !f.target().equals(rootFile))) {
				DurableFiles.forceDirectory(customers);
			}
			if (written.stream().anyMatch(f -> f.target().equals(rootFile))) {
				DurableFiles.forceDirectory(folder);
			}
			Map<Path, String> writtenCustomers = new HashMap<>();
			for (ChangedFileWriter.Written file : written) {
				workspace.diskHashes().put(file.target(), file.hash());
				if (file.target().getParent().equals(customers)) {
					writtenCustomers.put(file.target(), file.hash());
				}
			}
			workspace.cache().addLater(writtenCustomers); // after the save, on a thread of its own
		} catch (IOException | RuntimeException e) {
			writer.abandon(); // no temporary file is left, none is written after
			for (Resource resource : candidates) {
				resource.setModified(true); // still to be written by the next save
			}
			throw e;
		}
		for (Resource resource : candidates) {
			resource.setModified(false);
		}
	}

	/**
	 * Modified since read or saved (a new file is born modified); everything else is skipped without a path, a
	 * hash or a serialization.
	 */
	private static boolean needsSaving(Resource resource) {
		return !resource.isTrackingModification() || resource.isModified();
	}

	private static Set<String> namesInUse(Workspace root, Resource rootResource, Path customers) throws IOException {
		Set<String> used = new HashSet<>();
		for (Customer customer : root.getCustomers()) {
			if (customer.eResource() != null && customer.eResource() != rootResource) {
				used.add(customer.eResource().getURI().lastSegment());
			}
		}
		if (Files.isDirectory(customers)) {
			try (DirectoryStream<Path> files = Files.newDirectoryStream(customers)) {
				for (Path file : files) {
					used.add(file.getFileName().toString());
				}
			}
		}
		return used;
	}

	private static void checkUnchangedOnDisk(MailboxWorkspace workspace, Path file) throws IOException {
		String expected = workspace.diskHashes().getOrDefault(file, FileHash.ABSENT);
		if (!FileHash.ofFile(file).equals(expected)) {
			throw new WorkspaceChangedException(file);
		}
	}

	/**
	 * Customer files this session read or wrote whose customer left the workspace. A file it never read is
	 * someone else's (or a crash's) and is never deleted.
	 */
	private static List<Path> orphans(MailboxWorkspace workspace, Path customers, Set<Resource> kept,
			Resource rootResource) {
		if (rootResource.isTrackingModification() && !rootResource.isModified()
				&& workspace.diskHashes().containsKey(fileOf(rootResource.getURI()))) {
			return List.of(); // the root names the same customers as on disk: no customer left
		}
		Set<Path> keptFiles = new HashSet<>();
		for (Resource resource : kept) {
			keptFiles.add(fileOf(resource.getURI()));
		}
		List<Path> orphans = new ArrayList<>();
		for (Path known : workspace.diskHashes().keySet()) {
			if (known.getParent().equals(customers) && !keptFiles.contains(known)) {
				orphans.add(known);
			}
		}
		return orphans;
	}

	private static void removeOrphans(MailboxWorkspace workspace, List<Path> orphans) throws IOException {
		for (Path file : orphans) {
			Files.deleteIfExists(file);
			workspace.diskHashes().remove(file);
			Resource stale = workspace.resourceSet().getResource(uri(file), false);
			if (stale != null) {
				// Detach, do not unload: an undo may bring the customer back, and unloading would turn it into a
				// proxy. Saved again, it simply gets a file of its own.
				stale.getContents().clear();
				workspace.resourceSet().getResources().remove(stale);
			}
		}
	}

	/** A file name from the customer id: letters, digits, '.', '-' and '_' kept, anything else replaced. */
	static String uniqueFileName(String id, Set<String> used) {
		String base = id == null || id.isBlank() ? "customer" : UNSAFE_IN_FILE_NAME.matcher(id).replaceAll("_");
		String name = base + ".xmi";
		for (int n = 2; !used.add(name); n++) {
			name = base + "-" + n + ".xmi";
		}
		return name;
	}

	static ResourceSet newResourceSet(Path folder, Map<Path, String> readHashes) {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		// Found by URI in a map, not by a walk over every resource: 5,000 customer files made opening quadratic.
		resourceSet.setURIResourceMap(new HashMap<>());
		resourceSet.setURIConverter(new ConfinedUriConverter(folder, readHashes));
		resourceSet.getPackageRegistry().put(MailboxPackage.eNS_URI, MailboxPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", TrackedXmiResource.FACTORY);
		Map<Object, Object> load = resourceSet.getLoadOptions();
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		load.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		load.put(XMLResource.OPTION_PARSER_FEATURES, SafeXml.parserFeatures());
		load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		return resourceSet;
	}

	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl();

	static Path fileOf(URI uri) {
		return Path.of(uri.toFileString());
	}

	static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
