package cc.enet.mailbox.team.ssh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.util.security.SecurityUtils;

import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.team.RemoteUrls;
import cc.enet.mailbox.team.TeamException;
import cc.enet.mailbox.team.TeamText;

/**
 * An SSH remote's private key and pinned host key in Eclipse secure storage, under the remote's origin
 * (ssh://host:port) as an https remote's password is. The key is kept decrypted there (secure storage encrypts it),
 * so no passphrase is asked for at each synchronize; it is never written to the workspace or a file of its own.
 */
public final class SshCredentials {

	private SshCredentials() {
	}

	static String keyKey(String origin) {
		return "git-key:" + origin;
	}

	static String pinKey(String origin) {
		return "git-hostkey:" + origin;
	}

	/**
	 * Reads a private key file (OpenSSH or PEM); {@code passphrase} is asked only when the file is encrypted.
	 * A file that is no key, or a wrong passphrase, is refused naming the file.
	 */
	public static KeyPair readKey(Path file, Supplier<char[]> passphrase) throws TeamException {
		byte[] text;
		try {
			text = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new TeamException(TeamException.Kind.BAD_REMOTE, TeamText.of("ssh.keyUnreadable", file, e.getMessage()), e);
		}
		FilePasswordProvider asked = (session, resource, retry) -> {
			char[] secret = passphrase.get();
			return secret == null ? null : new String(secret);
		};
		try {
			List<KeyPair> keys = parse(new ByteArrayInputStream(text), NamedResource.ofName(file.toString()), asked);
			if (keys.size() != 1) {
				throw new TeamException(TeamException.Kind.BAD_REMOTE, TeamText.of("ssh.keyUnreadable", file, keys.size() + " keys"));
			}
			return keys.get(0);
		} catch (IOException | GeneralSecurityException | RuntimeException e) {
			throw new TeamException(TeamException.Kind.BAD_REMOTE, TeamText.of("ssh.keyUnreadable", file, e.getMessage()), e);
		} finally {
			Arrays.fill(text, (byte) 0);
		}
	}

	public static void storeKey(CredentialStore store, String url, KeyPair key) throws CredentialException, TeamException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "mailbox-console", null, out);
		} catch (IOException | GeneralSecurityException e) {
			throw new TeamException(TeamException.Kind.BAD_REMOTE, TeamText.of("ssh.keyUnreadable", url, e.getMessage()), e);
		}
		char[] text = StandardCharsets.US_ASCII.decode(java.nio.ByteBuffer.wrap(out.toByteArray())).array();
		try {
			store.store(keyKey(RemoteUrls.origin(url)), text);
		} finally {
			Arrays.fill(text, '\0');
		}
	}

	/** The key kept for the remote's origin; none when staff log in with a password. */
	public static List<KeyPair> keys(CredentialStore store, String url) throws CredentialException, TeamException {
		Optional<char[]> text = store.load(keyKey(RemoteUrls.origin(url)));
		if (text.isEmpty()) {
			return List.of();
		}
		byte[] bytes = new String(text.get()).getBytes(StandardCharsets.US_ASCII);
		Arrays.fill(text.get(), '\0');
		try {
			return parse(new ByteArrayInputStream(bytes), NamedResource.ofName("secure storage"), FilePasswordProvider.EMPTY);
		} catch (IOException | GeneralSecurityException | RuntimeException e) {
			throw new TeamException(TeamException.Kind.AUTH_REFUSED, TeamText.of("ssh.keyUnreadable", RemoteUrls.origin(url), e.getMessage()), e);
		} finally {
			Arrays.fill(bytes, (byte) 0);
		}
	}

	public static void storePin(CredentialStore store, String url, String fingerprint) throws CredentialException {
		store.store(pinKey(RemoteUrls.origin(url)), fingerprint.toCharArray());
	}

	/** The host key fingerprint pinned for the remote's origin. */
	public static Optional<String> pin(CredentialStore store, String url) throws CredentialException {
		return store.load(pinKey(RemoteUrls.origin(url))).map(String::new);
	}

	private static List<KeyPair> parse(InputStream in, NamedResource name, FilePasswordProvider passphrase)
			throws IOException, GeneralSecurityException {
		Iterable<KeyPair> found = SecurityUtils.loadKeyPairIdentities(null, name, in, passphrase);
		List<KeyPair> keys = new ArrayList<>();
		if (found != null) {
			found.forEach(keys::add);
		}
		return keys;
	}
}
