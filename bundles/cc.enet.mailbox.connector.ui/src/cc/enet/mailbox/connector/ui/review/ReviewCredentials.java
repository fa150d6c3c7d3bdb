package cc.enet.mailbox.connector.ui.review;

import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;

/** The user's secure storage, where the servers' secrets and the mailboxes' initial passwords are kept. */
final class ReviewCredentials {

	private ReviewCredentials() {
	}

	static CredentialStore store() throws CredentialException {
		return SecureStorageCredentialStore.openDefault();
	}

	/** The store, or null when it cannot be opened: then every new mailbox shows as lacking its password. */
	static CredentialStore storeOrNull() {
		try {
			return store();
		} catch (CredentialException e) {
			return null;
		}
	}
}
