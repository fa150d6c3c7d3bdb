package cc.enet.mailbox.clientconfig.ui.setup;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;

import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.model.Addresses;

/** The mailboxes' initial passwords as import stored them (per workspace, in secure storage); read only. */
public interface StoredPasswords {

	/** A copy the caller clears; empty when secure storage holds none (or cannot be read). */
	Optional<char[]> load(String address);

	default boolean holds(String address) {
		Optional<char[]> password = load(address);
		password.ifPresent(p -> Arrays.fill(p, '\0'));
		return password.isPresent();
	}

	static StoredPasswords of(Workspace root) {
		return address -> {
			try {
				CredentialStore store = SecureStorageCredentialStore.open(SecureStorageCredentialStore.defaultFolder());
				return MailboxPasswords.plain(MailboxPasswords.of(store, root), Addresses.key(address));
			} catch (CredentialException e) {
				// no password is the safe answer: the file or probe goes without one, and the log says why
				ILog.of(StoredPasswords.class).warn("secure storage could not be read for " + address + ": " + e.getMessage());
				return Optional.empty();
			}
		};
	}
}
