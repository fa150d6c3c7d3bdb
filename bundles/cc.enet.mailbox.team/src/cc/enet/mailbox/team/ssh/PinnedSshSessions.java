package cc.enet.mailbox.team.ssh;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

/**
 * JGit's Apache MINA SSHD sessions for one remote, with what this console keeps and nothing of the user's
 * {@code ~/.ssh}: the server must present exactly the pinned host key (else nothing is sent, not even the user
 * name's authentication), and only the key from secure storage (or the password, through the credentials
 * provider) is offered. No agent, no ssh config, no known_hosts file. Close it after the command.
 */
public final class PinnedSshSessions extends SshdSessionFactory {

	private final String pin;
	private final List<KeyPair> keys;
	private final Path home;
	private volatile String presented;

	/** @param pin the fingerprint to accept ({@link HostKeyPin}); null accepts none and only records what was presented */
	public PinnedSshSessions(String pin, List<KeyPair> keys) throws IOException {
		super(null, null);
		this.pin = pin;
		this.keys = List.copyOf(keys);
		this.home = Files.createTempDirectory("mailbox-ssh-");
		setHomeDirectory(home.toFile());
		setSshDirectory(home.resolve(".ssh").toFile());
	}

	/** The fingerprint of the host key the server presented, when one was refused; else null. */
	public String refusedHostKey() {
		String seen = presented;
		return seen != null && !seen.equals(pin) ? seen : null;
	}

	/** The fingerprint the server presented, accepted or not; null before the key exchange. */
	public String presentedHostKey() {
		return presented;
	}

	@Override
	protected ServerKeyDatabase getServerKeyDatabase(File homeDir, File sshDir) {
		return new ServerKeyDatabase() {
			@Override
			public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
				return List.of();
			}

			@Override
			public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
					Configuration config, CredentialsProvider provider) {
				presented = HostKeyPin.fingerprint(serverKey);
				return presented.equals(pin);
			}
		};
	}

	@Override
	protected List<Path> getDefaultKnownHostsFiles(File sshDir) {
		return List.of();
	}

	@Override
	protected List<Path> getDefaultIdentities(File sshDir) {
		return List.of();
	}

	@Override
	protected Iterable<KeyPair> getDefaultKeys(File sshDir) {
		return keys;
	}

	@Override
	protected File getSshConfig(File sshDir) {
		return null;
	}

	@Override
	protected ConnectorFactory getConnectorFactory() {
		return null; // no ssh-agent: the key offered is the one kept for this remote
	}

	@Override
	protected String getDefaultPreferredAuthentications() {
		return keys.isEmpty() ? "password,keyboard-interactive" : "publickey";
	}

	@Override
	public void close() {
		super.close();
		try (Stream<Path> files = Files.walk(home)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// an empty scratch folder left in the temporary directory harms nothing
		}
	}
}
