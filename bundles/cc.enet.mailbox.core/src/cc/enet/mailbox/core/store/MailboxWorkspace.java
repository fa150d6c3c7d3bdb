package cc.enet.mailbox.core.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.ResourceSet;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.WorkspaceWalk;

/** An open workspace: its folder, the resource set holding it, and the model root. */
public final class MailboxWorkspace {

	private final Path folder;
	private final ResourceSet resourceSet;
	private final Workspace root;

	/** SHA-256 of each file as this session last read or wrote it: a save refuses to overwrite anyone else's. */
	private final Map<Path, String> diskHashes;

	/** The binary copies of customer files that the next open of this folder may take instead of parsing. */
	private final WorkspaceCache cache;

	MailboxWorkspace(Path folder, ResourceSet resourceSet, Workspace root, Map<Path, String> diskHashes,
			WorkspaceCache cache) {
		this.folder = folder;
		this.cache = cache;
		this.resourceSet = resourceSet;
		this.root = root;
		this.diskHashes = diskHashes;
	}

	WorkspaceCache cache() {
		return cache;
	}

	/** How many customer files opening took from the workspace cache instead of parsing them (0 for a new one). */
	public int filesFromCache() {
		return cache.hits();
	}

	/**
	 * Waits until the workspace cache holds the files this workspace's saves wrote (they are added after each save
	 * returns); false when that took longer than the timeout. For tests and benchmarks: nothing else needs to wait.
	 */
	public boolean awaitCacheEntries(Duration timeout) {
		return cache.awaitAdded(timeout);
	}

	Map<Path, String> diskHashes() {
		return diskHashes;
	}

	public Path folder() {
		return folder;
	}

	public ResourceSet resourceSet() {
		return resourceSet;
	}

	public Workspace root() {
		return root;
	}

	public Optional<Domain> findDomain(String name) {
		String key = name.toLowerCase(Locale.ROOT);
		return WorkspaceWalk.domains(root).stream()
				.filter(d -> d.getName() != null && d.getName().toLowerCase(Locale.ROOT).equals(key)).findFirst();
	}

	/** The workspace's server of that name (names are exact: they key secure storage). */
	public Optional<MailServer> findServer(String name) {
		return root.getServers().stream().filter(s -> s.getName() != null && s.getName().equals(name)).findFirst();
	}

	public Optional<Mailbox> findMailbox(String address) {
		String key = Addresses.key(address);
		String domainName = Addresses.domainOf(key);
		return domainName == null ? Optional.empty()
				: findDomain(domainName).flatMap(d -> d.getMailboxes().stream()
						.filter(m -> Addresses.key(m.getAddress()).equals(key)).findFirst());
	}

	public int mailboxCount() {
		return WorkspaceWalk.mailboxCount(root);
	}
}
