package cc.enet.mailbox.test.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;

/**
 * A real Git remote over SSH on loopback for the team tests: Apache MINA SSHD's server (the library JGit's SSH
 * transport is built on) with its own host key, a password and the public keys it lets in, running git's own
 * {@code git upload-pack} / {@code git receive-pack} (Debian's git) per connection as git-shell would. The server
 * only moves bytes; the repositories and the protocol are git's. It counts the authentication attempts it saw, so a
 * test can tell that a client refused its host key before sending anything.
 */
public final class GitSshServer implements AutoCloseable {

	private final Path root;
	private final int port;
	private final String user;
	private final KeyPair hostKey;
	private final Set<PublicKey> authorizedKeys = ConcurrentHashMap.newKeySet();
	private final Set<Process> running = ConcurrentHashMap.newKeySet();
	private final AtomicInteger authentications = new AtomicInteger();
	private volatile char[] password;
	private SshServer server;

	/** @param root the folder holding the bare repositories (see {@link GitHttpServer#createRepository}) */
	public GitSshServer(Path root, int port, String user) throws GeneralSecurityException {
		this.root = root.toAbsolutePath().normalize();
		this.port = port;
		this.user = user;
		this.hostKey = newKeyPair();
	}

	/** A new EC P-256 key pair: a host key, or a staff member's key. */
	public static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	/** The fingerprint as {@code ssh-keygen -lf} prints it. */
	public static String fingerprint(PublicKey key) {
		return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
	}

	public GitSshServer acceptPassword(char[] secret) {
		this.password = secret.clone();
		return this;
	}

	public GitSshServer acceptKey(PublicKey key) {
		authorizedKeys.add(key);
		return this;
	}

	/** Lets in the public keys of an authorized_keys (or .pub) file, as OpenSSH's ssh-keygen writes it. */
	public GitSshServer acceptAuthorizedKeys(Path file) throws IOException, GeneralSecurityException {
		PublicKeyEntry.resolvePublicKeyEntries(null, AuthorizedKeyEntry.readAuthorizedKeys(file), PublicKeyEntryResolver.FAILING)
				.forEach(authorizedKeys::add);
		return this;
	}

	public String hostKeyFingerprint() {
		return fingerprint(hostKey.getPublic());
	}

	/** How many times a client tried to authenticate (password or public key). */
	public int authentications() {
		return authentications.get();
	}

	public GitSshServer start() throws IOException {
		server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(port);
		server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
		server.setPasswordAuthenticator((name, secret, session) -> {
			authentications.incrementAndGet();
			char[] expected = password;
			return user.equals(name) && expected != null && Arrays.equals(expected, secret.toCharArray());
		});
		server.setPublickeyAuthenticator((name, key, session) -> {
			authentications.incrementAndGet();
			return user.equals(name) && authorizedKeys.stream().anyMatch(k -> KeyUtils.compareKeys(k, key));
		});
		server.setKeyboardInteractiveAuthenticator(null);
		server.setCommandFactory(new GitCommands());
		server.start();
		return this;
	}

	/** ssh://USER@127.0.0.1:PORT/REPOSITORY */
	public String url(String repository) {
		return "ssh://" + user + "@127.0.0.1:" + port + "/" + repository;
	}

	@Override
	public void close() throws IOException {
		running.forEach(Process::destroyForcibly);
		if (server != null) {
			server.stop(true);
		}
	}

	/** git-upload-pack 'PATH' and git-receive-pack 'PATH' inside the root, as git-shell allows; nothing else. */
	private final class GitCommands implements CommandFactory {
		@Override
		public Command createCommand(ChannelSession channel, String command) throws IOException {
			List<String> words = CommandFactory.split(command);
			if (words.size() != 2 || !(words.get(0).equals("git-upload-pack") || words.get(0).equals("git-receive-pack"))) {
				throw new IOException("not a git command: " + command);
			}
			String relative = words.get(1).replace("'", "").replaceFirst("^/+", "");
			Path repository = root.resolve(relative).normalize();
			if (!repository.startsWith(root)) {
				throw new IOException("outside the repositories: " + command);
			}
			return new GitProcess(words.get(0).substring("git-".length()), repository);
		}
	}

	/** One git process, its standard streams joined to the channel's. */
	private final class GitProcess implements Command {
		private final String service;
		private final Path repository;
		private InputStream in;
		private OutputStream out;
		private OutputStream err;
		private ExitCallback exit;
		private Process process;

		GitProcess(String service, Path repository) {
			this.service = service;
			this.repository = repository;
		}

		@Override
		public void setInputStream(InputStream in) {
			this.in = in;
		}

		@Override
		public void setOutputStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void setErrorStream(OutputStream err) {
			this.err = err;
		}

		@Override
		public void setExitCallback(ExitCallback callback) {
			this.exit = callback;
		}

		@Override
		public void start(ChannelSession channel, Environment env) throws IOException {
			process = new ProcessBuilder("git", service, repository.toString()).start();
			running.add(process);
			Thread toGit = pump(in, process.getOutputStream(), true);
			Thread fromGit = pump(process.getInputStream(), out, false);
			Thread errors = pump(process.getErrorStream(), err, false);
			Thread waiter = new Thread(() -> {
				int code;
				try {
					code = process.waitFor();
					fromGit.join();
					errors.join();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					code = 1;
				}
				running.remove(process);
				toGit.interrupt();
				exit.onExit(code);
			}, "git-ssh-" + service);
			waiter.setDaemon(true);
			waiter.start();
		}

		@Override
		public void destroy(ChannelSession channel) {
			if (process != null) {
				process.destroyForcibly();
			}
		}

		private Thread pump(InputStream from, OutputStream to, boolean closeAtEnd) {
			Thread thread = new Thread(() -> {
				byte[] buffer = new byte[16384];
				try {
					for (int n; (n = from.read(buffer)) >= 0;) {
						to.write(buffer, 0, n);
						to.flush();
					}
				} catch (IOException e) {
					// the other side went away: the process's exit says the rest
				} finally {
					if (closeAtEnd) {
						try {
							to.close();
						} catch (IOException ignored) {
							// already closed
						}
					}
				}
			}, "git-ssh-pump");
			thread.setDaemon(true);
			thread.start();
			return thread;
		}
	}
}
