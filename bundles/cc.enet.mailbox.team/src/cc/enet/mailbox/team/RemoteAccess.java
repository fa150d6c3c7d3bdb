package cc.enet.mailbox.team;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.transport.SshTransport;

import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.team.internal.JGitProgress;
import cc.enet.mailbox.team.ssh.PinnedSshSessions;
import cc.enet.mailbox.team.ssh.SshCredentials;

/**
 * One command against the remote with what secure storage keeps for its origin: the https password, or over SSH the
 * key (or password) and the pinned host key; a timeout; failures in the user's words.
 */
final class RemoteAccess implements AutoCloseable {

	private final String url;
	private final CredentialStore credentials;
	private PinnedSshSessions ssh;

	private RemoteAccess(String url, CredentialStore credentials) {
		this.url = url;
		this.credentials = credentials;
	}

	/** Runs {@code command} against {@code url}; a refused or failed transport becomes a {@link TeamException}. */
	static <C extends TransportCommand<C, T>, T> T call(C command, String url, CredentialStore credentials,
			IProgressMonitor monitor) throws TeamException {
		try (RemoteAccess access = new RemoteAccess(url, credentials)) {
			return access.run(command, monitor);
		}
	}

	/**
	 * The fingerprint of the host key an SSH remote presents, read without trusting it and without sending any
	 * credentials: staff compare it with the server's before pinning.
	 */
	static String presentedHostKey(String url, CredentialStore credentials, IProgressMonitor monitor) throws TeamException {
		try (RemoteAccess access = new RemoteAccess(url, credentials)) {
			access.ssh = sessions(null, java.util.List.of());
			try {
				access.configure(org.eclipse.jgit.api.Git.lsRemoteRepository().setRemote(url)).call();
			} catch (GitAPIException e) {
				if (access.ssh.presentedHostKey() == null) {
					throw access.failure(e, monitor);
				}
			}
			return access.ssh.presentedHostKey();
		}
	}

	private <C extends TransportCommand<C, T>, T> T run(C command, IProgressMonitor monitor) throws TeamException {
		if (RemoteUrls.isSsh(url)) {
			try {
				ssh = sessions(SshCredentials.pin(credentials, url).orElse(null), SshCredentials.keys(credentials, url));
			} catch (CredentialException e) {
				throw new TeamException(TeamException.Kind.AUTH_REFUSED, TeamText.of("remote.authRefused", url), e);
			}
		}
		try {
			return configure(command).call();
		} catch (GitAPIException e) {
			throw failure(e, monitor);
		}
	}

	private <C extends TransportCommand<C, ?>> C configure(C command) {
		command.setCredentialsProvider(new RemoteCredentials(credentials, ssh != null)).setTimeout((int) JGitProgress.timeout().toSeconds());
		if (ssh != null) {
			PinnedSshSessions sessions = ssh;
			command.setTransportConfigCallback(transport -> {
				if (transport instanceof SshTransport sshTransport) {
					sshTransport.setSshSessionFactory(sessions);
				}
			});
		}
		return command;
	}

	private static PinnedSshSessions sessions(String pin, java.util.List<java.security.KeyPair> keys) throws TeamException {
		try {
			return new PinnedSshSessions(pin, keys);
		} catch (IOException e) {
			throw new TeamException(TeamException.Kind.UNREACHABLE, TeamText.of("remote.unreachable", "ssh", e.getMessage()), e);
		}
	}

	/** A transport failure in the user's words: a host key not pinned, refused credentials, or no remote. */
	TeamException failure(GitAPIException e, IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			return new TeamException(TeamException.Kind.CANCELLED, TeamText.of("cancelled"), e);
		}
		if (ssh != null && ssh.refusedHostKey() != null) {
			String origin = RemoteUrls.origin(url);
			try {
				return SshCredentials.pin(credentials, url)
						.map(pinned -> new TeamException(TeamException.Kind.HOST_KEY_REFUSED,
								TeamText.of("ssh.hostKeyChanged", origin, ssh.refusedHostKey(), pinned, url), e))
						.orElseGet(() -> new TeamException(TeamException.Kind.HOST_KEY_REFUSED,
								TeamText.of("ssh.hostKeyNotPinned", origin, ssh.refusedHostKey(), url), e));
			} catch (CredentialException unreadable) {
				return new TeamException(TeamException.Kind.HOST_KEY_REFUSED,
						TeamText.of("ssh.hostKeyNotPinned", origin, ssh.refusedHostKey(), url), e);
			}
		}
		return TeamRepository.failure(url, e, monitor);
	}

	@Override
	public void close() {
		if (ssh != null) {
			ssh.close();
		}
	}
}
