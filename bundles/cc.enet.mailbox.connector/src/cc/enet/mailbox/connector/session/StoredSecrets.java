package cc.enet.mailbox.connector.session;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.ServerSecrets;

/** Secrets from secure storage, each sent only to the origin and pin it was given for. */
public final class StoredSecrets implements SecretSource {

	private final CredentialStore store;

	public StoredSecrets(CredentialStore store) {
		this.store = store;
	}

	/** The name a secret is kept under: the server's name, or NAME#KEY for a named one. */
	public static String storedAs(MailServer server, String key) {
		return key == null ? server.getName() : ServerSecrets.named(server.getName(), key);
	}

	@Override
	public char[] secret(MailServer server, String key) throws SecretRefusedException {
		if (store == null) {
			return null;
		}
		String storedAs = storedAs(server, key);
		ServerSecrets.Lookup lookup;
		try {
			lookup = ServerSecrets.load(store, storedAs, server.getUrl(), server.getPinnedCertificateSha256());
		} catch (CredentialException e) {
			return null; // no store: the server may need no secret; its refusal then says so
		}
		if (lookup.rebound()) {
			throw new SecretRefusedException(storedAs, lookup.storedFor(), lookup.wanted());
		}
		return lookup.secret();
	}
}
