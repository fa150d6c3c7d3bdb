package cc.enet.mailbox.core.credentials;

import java.util.Optional;

/** Where passwords live instead of the model: mailbox passwords for their first apply, server logins. */
public interface CredentialStore {

	void store(String account, char[] password) throws CredentialException;

	Optional<char[]> load(String account) throws CredentialException;

	void remove(String account) throws CredentialException;

	/**
	 * Applies {@code edits} in their order as one write: a store on disk writes once, and either all of them or
	 * none. This default, for stores in memory, applies them one by one.
	 */
	default void update(CredentialEdits edits) throws CredentialException {
		for (CredentialEdits.Edit edit : edits.edits()) {
			if (edit.isRemoval()) {
				remove(edit.account());
			} else {
				store(edit.account(), edit.password());
			}
		}
	}
}
