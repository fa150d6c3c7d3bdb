package cc.enet.mailbox.core.credentials;

import java.util.Optional;

/** Where passwords live instead of the model: mailbox passwords for their first apply, server logins. */
public interface CredentialStore {

	void store(String account, char[] password) throws CredentialException;

	Optional<char[]> load(String account) throws CredentialException;

	void remove(String account) throws CredentialException;
}
