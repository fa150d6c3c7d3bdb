package cc.enet.mailbox.core.credentials;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The initial mailbox passwords of one workspace as they may be sent to one server. A password is bound to the
 * first server it is sent to (name, origin, pinned certificate), like a server secret: when the workspace's URL or
 * pin for that server changes (edited, or a workspace someone sent), or another server asks for it, it is not sent.
 * Storing a password again (an import with a password column) clears the binding: staff hand it over anew.
 */
public final class InitialPasswords {

	private final CredentialStore workspacePasswords;
	private final String binding;

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
	 * The password of {@code address} to send to this server: empty when none is stored; a {@link CredentialException}
	 * naming both servers when it was sent to another one. The first send binds it to this server.
	 */
	public Optional<char[]> loadForSending(String address) throws CredentialException {
		Optional<char[]> password = workspacePasswords.load(address);
		if (password.isEmpty()) {
			return password;
		}
		String key = MailboxPasswords.bindingKey(address);
		Optional<char[]> boundTo = workspacePasswords.load(key);
		if (boundTo.isEmpty()) {
			workspacePasswords.store(key, binding.toCharArray());
			return password;
		}
		String stored = new String(boundTo.get());
		if (stored.equals(binding)) {
			return password;
		}
		Arrays.fill(password.get(), '\0');
		throw new PasswordGivenElsewhereException(address, stored, binding);
	}
}
