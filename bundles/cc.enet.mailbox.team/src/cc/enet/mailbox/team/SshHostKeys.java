package cc.enet.mailbox.team;

import org.eclipse.core.runtime.IProgressMonitor;

import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.team.ssh.HostKeyPin;
import cc.enet.mailbox.team.ssh.SshCredentials;

/**
 * Pinning an SSH remote's host key, as a server's TLS certificate is pinned: a fingerprint staff give
 * ({@code --pin-sha256}), or the one the server presents now ({@code --pin-presented}), shown so staff can compare it.
 * Until a key is pinned for the remote's origin nothing is sent there.
 */
public final class SshHostKeys {

	private SshHostKeys() {
	}

	/** Pins the fingerprint staff gave; the fingerprint as kept. */
	public static String pin(CredentialStore store, String url, String fingerprint) throws TeamException, CredentialException {
		requireSsh(url);
		String pin = HostKeyPin.parse(fingerprint)
				.orElseThrow(() -> new TeamException(TeamException.Kind.BAD_REMOTE, TeamText.of("ssh.badPin", fingerprint)));
		SshCredentials.storePin(store, url, pin);
		return pin;
	}

	/** Reads the host key the remote presents (sending nothing else) and pins it; its fingerprint. */
	public static String pinPresented(CredentialStore store, String url, IProgressMonitor monitor)
			throws TeamException, CredentialException {
		requireSsh(url);
		String presented = RemoteAccess.presentedHostKey(url, store, monitor);
		SshCredentials.storePin(store, url, presented);
		return presented;
	}

	private static void requireSsh(String url) throws TeamException {
		RemoteUrls.check(url);
		if (!RemoteUrls.isSsh(url)) {
			throw new TeamException(TeamException.Kind.BAD_REMOTE, TeamText.of("ssh.pinNeedsSsh", url));
		}
	}
}
