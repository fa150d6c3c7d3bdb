package cc.enet.mailbox.team;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;

/**
 * A Git remote's user and password in Eclipse secure storage, kept under the remote's origin (scheme, host, port):
 * a workspace whose remote points elsewhere (an edited .git/config, a clone someone sent) finds nothing to send
 * there. Never in the workspace, .git/config or a URL.
 */
public final class RemoteCredentials extends CredentialsProvider {

	private final CredentialStore store;
	private final boolean answersPrompts;

	public RemoteCredentials(CredentialStore store) {
		this(store, false);
	}

	/**
	 * @param answersPrompts true for SSH: its password arrives as a server's prompt, which JGit hands only to an
	 *                       interactive provider; this one answers it from secure storage, never by asking anyone
	 */
	RemoteCredentials(CredentialStore store, boolean answersPrompts) {
		this.store = store;
		this.answersPrompts = answersPrompts;
	}

	static String passwordKey(String origin) {
		return "git:" + origin;
	}

	static String userKey(String origin) {
		return "git-user:" + origin;
	}

	public static void store(CredentialStore store, String url, String user, char[] password) throws CredentialException {
		String origin = RemoteUrls.origin(url);
		store.store(userKey(origin), user.toCharArray());
		store.store(passwordKey(origin), password);
	}

	/** The user name stored for the origin of {@code url}, if any. */
	public static Optional<String> user(CredentialStore store, String url) throws CredentialException {
		return store.load(userKey(RemoteUrls.origin(url))).map(String::new);
	}

	@Override
	public boolean isInteractive() {
		return answersPrompts;
	}

	@Override
	public boolean supports(CredentialItem... items) {
		for (CredentialItem item : items) {
			if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)
					&& !(item instanceof CredentialItem.InformationalMessage)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
		String origin = RemoteUrls.origin(uri.toString());
		Optional<char[]> user;
		Optional<char[]> password;
		try {
			user = store.load(userKey(origin));
			password = store.load(passwordKey(origin));
		} catch (CredentialException e) {
			return false;
		}
		if (user.isEmpty() || password.isEmpty()) {
			return false;
		}
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.Username name) {
				name.setValue(new String(user.get()));
			} else if (item instanceof CredentialItem.Password secret) {
				secret.setValue(password.get());
			} else if (item instanceof CredentialItem.InformationalMessage) {
				// a server's banner or instruction: nobody is there to read it
			} else {
				throw new UnsupportedCredentialItem(uri, item.getClass().getSimpleName());
			}
		}
		Arrays.fill(password.get(), '\0');
		return true;
	}
}
