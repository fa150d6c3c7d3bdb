package cc.enet.mailbox.core.credentials;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.core.store.MailboxWorkspace;

import cc.enet.mailbox.model.PasswordHash;

/**
 * The initial mailbox passwords of one workspace as they may be sent to one server. A password is bound to the
 * first server it is sent to (name, origin, pinned certificate), like a server secret: when the workspace's URL or
 * pin for that server changes (edited, or a workspace someone sent), or another server asks for it, it is not sent.
 * Storing a password again (an import with a password column) clears the binding: staff hand it over anew.
 */
public final class InitialPasswords {

	private final CredentialStore workspacePasswords;
	private final String binding;
	private Set<String> hashSchemes = Set.of();

	private InitialPasswords(CredentialStore workspacePasswords, String serverName, String url, String pin) {
		this.workspacePasswords = workspacePasswords;
		this.binding = "'" + serverName + "' at " + ServerSecrets.binding(String.valueOf(url), pin);
	}

	/** The passwords of the workspace in {@code folder} for the server {@code serverName} at {@code url}; null without a store. */
	public static InitialPasswords of(CredentialStore store, Path folder, String serverName, String url, String pin) {
		CredentialStore passwords = MailboxPasswords.of(store, folder);
		return passwords == null ? null : new InitialPasswords(passwords, serverName, url, pin);
	}

	/**
	 * The password hash schemes this server verifies (upper case, e.g. SHA512-CRYPT): a stored hash of another scheme
	 * is refused for it, never sent. None by default.
	 */
	public InitialPasswords takingHashes(Set<String> schemes) {
		this.hashSchemes = Set.copyOf(schemes);
		return this;
	}

	/** A hash this server cannot verify, or null. */
	private PasswordRefusal hashRefusal(String address, char[] stored) {
		if (!PasswordHash.isMarked(stored)) {
			return null;
		}
		String scheme = PasswordHash.schemeOfMarked(stored);
		return scheme != null && hashSchemes.contains(scheme) ? null
				: PasswordRefusal.hashNotTaken(address, scheme == null ? "?" : scheme);
	}

	/**
	 * The passwords of {@code workspace} for its server {@code serverName}, bound to the URL and pin the workspace
	 * names for it now (none when the workspace has no such server); null without a store.
	 */
	public static InitialPasswords of(CredentialStore store, MailboxWorkspace workspace, String serverName) {
		MailServer target = workspace.findServer(serverName).orElse(null);
		return of(store, workspace.folder(), serverName, target == null ? null : target.getUrl(),
				target == null ? null : target.getPinnedCertificateSha256());
	}

	/** Why each of {@code addresses} would get no password from this server's apply; writes nothing (the plan). */
	public Map<String, PasswordRefusal> check(Collection<String> addresses) throws CredentialException {
		Map<String, PasswordRefusal> refusals = new LinkedHashMap<>();
		for (String address : addresses) {
			Optional<char[]> password = workspacePasswords.load(address);
			if (password.isEmpty()) {
				refusals.put(address, PasswordRefusal.noneStored(address));
				continue;
			}
			PasswordRefusal hash = hashRefusal(address, password.get());
			Arrays.fill(password.get(), '\0');
			String boundTo = boundTo(address);
			if (hash != null) {
				refusals.put(address, hash);
			} else if (boundTo != null && !boundTo.equals(binding)) {
				refusals.put(address, PasswordRefusal.givenElsewhere(address, boundTo, binding));
			}
		}
		return refusals;
	}

	/**
	 * The passwords of {@code addresses} to send to this server, those not yet bound bound to it in one write
	 * before anything is sent; the others refused with their reason.
	 */
	public PasswordHandover handOver(Collection<String> addresses) throws CredentialException {
		PasswordHandover handover = new PasswordHandover();
		CredentialEdits bindings = new CredentialEdits();
		try {
			for (String address : addresses) {
				Optional<char[]> password = workspacePasswords.load(address);
				if (password.isEmpty()) {
					handover.refuse(PasswordRefusal.noneStored(address));
					continue;
				}
				PasswordRefusal hash = hashRefusal(address, password.get());
				if (hash != null) {
					Arrays.fill(password.get(), '\0');
					handover.refuse(hash);
					continue;
				}
				String boundTo = boundTo(address);
				if (boundTo == null) {
					bindings.store(MailboxPasswords.bindingKey(address), binding.toCharArray());
				} else if (!boundTo.equals(binding)) {
					Arrays.fill(password.get(), '\0');
					handover.refuse(PasswordRefusal.givenElsewhere(address, boundTo, binding));
					continue;
				}
				handover.give(address, password.get());
			}
			workspacePasswords.update(bindings);
			return handover;
		} catch (CredentialException | RuntimeException e) {
			handover.close();
			throw e;
		}
	}

	private String boundTo(String address) throws CredentialException {
		Optional<char[]> boundTo = workspacePasswords.load(MailboxPasswords.bindingKey(address));
		return boundTo.map(String::new).orElse(null);
	}
}
