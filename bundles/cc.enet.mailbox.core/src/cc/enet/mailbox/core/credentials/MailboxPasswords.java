package cc.enet.mailbox.core.credentials;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;

import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.PasswordHash;

/**
 * Initial mailbox passwords kept per workspace, not per address alone: a workspace someone sent, naming the same
 * addresses and a server of theirs, never receives the passwords imported into another workspace. The accounts in
 * the underlying store are {@code mailbox:<folder>#<address>}; the server a password was first sent to is kept
 * beside it ({@link InitialPasswords}), and storing or removing the password forgets it.
 */
public final class MailboxPasswords implements CredentialStore {

	private final CredentialStore store;
	private final String scope;

	private MailboxPasswords(CredentialStore store, Path folder) {
		this.store = store;
		// the path as text: toUri() would end in "/" only once the folder exists
		this.scope = "mailbox:" + folder.toAbsolutePath().normalize() + "#";
	}

	/** The passwords of the workspace in {@code folder}; null when {@code store} is null. */
	public static CredentialStore of(CredentialStore store, Path folder) {
		return store == null ? null : new MailboxPasswords(store, folder);
	}

	/** The passwords of the workspace {@code root} belongs to (its root file's folder). */
	public static CredentialStore of(CredentialStore store, Workspace root) {
		Resource resource = root.eResource();
		if (store == null || resource == null || !resource.getURI().isFile()) {
			return store; // a model outside any folder: nothing to scope it to
		}
		return of(store, Path.of(resource.getURI().toFileString()).getParent());
	}

	/**
	 * The initial password of {@code address} as a customer would type it, from {@code passwords} (see {@link #of});
	 * empty when none is stored or what is stored is a hash taken over from an old system: nobody knows that password.
	 */
	public static Optional<char[]> plain(CredentialStore passwords, String address) throws CredentialException {
		Optional<char[]> stored = passwords.load(address);
		if (stored.isPresent() && PasswordHash.isMarked(stored.get())) {
			PasswordHash.wipe(stored.get());
			return Optional.empty();
		}
		return stored;
	}

	/** Where the server a password was first sent to is kept (a key no address can take: addresses have no space). */
	static String bindingKey(String address) {
		return "sent to " + address;
	}

	@Override
	public void store(String account, char[] password) throws CredentialException {
		store.store(scope + account, password);
		store.remove(scope + bindingKey(account));
	}

	/** Each store forgets the server its password was sent to, as {@link #store} does; one write underneath. */
	@Override
	public void update(CredentialEdits edits) throws CredentialException {
		CredentialEdits scoped = new CredentialEdits();
		try {
			for (CredentialEdits.Edit edit : edits.edits()) {
				if (edit.isRemoval()) {
					scoped.remove(scope + edit.account());
				} else {
					scoped.store(scope + edit.account(), edit.password());
				}
				scoped.remove(scope + bindingKey(edit.account()));
			}
			store.update(scoped);
		} finally {
			scoped.clear();
		}
	}

	@Override
	public Optional<char[]> load(String account) throws CredentialException {
		return store.load(scope + account);
	}

	@Override
	public void remove(String account) throws CredentialException {
		store.remove(scope + account);
		store.remove(scope + bindingKey(account));
	}
}
