package cc.enet.mailbox.core.credentials;

import java.util.Optional;

/** Opens the real store on first use, so commands that never touch a password never open (or create) it. */
public final class LazyCredentialStore implements CredentialStore {

	/** Opens the store; may fail, and then every use fails with the same reason. */
	public interface Opener {
		CredentialStore open() throws CredentialException;
	}

	private final Opener opener;
	private CredentialStore store;

	public LazyCredentialStore(Opener opener) {
		this.opener = opener;
	}

	private synchronized CredentialStore store() throws CredentialException {
		if (store == null) {
			store = opener.open();
		}
		return store;
	}

	@Override
	public void store(String account, char[] password) throws CredentialException {
		store().store(account, password);
	}

	@Override
	public Optional<char[]> load(String account) throws CredentialException {
		return store().load(account);
	}

	@Override
	public void remove(String account) throws CredentialException {
		store().remove(account);
	}

	@Override
	public void update(CredentialEdits edits) throws CredentialException {
		store().update(edits);
	}
}
