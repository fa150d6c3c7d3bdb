package cc.enet.mailbox.core.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cc.enet.mailbox.core.MailboxConsoleHome;

/**
 * Passwords in Eclipse secure storage, encrypted. The storage file and its master password live in the user's
 * {@code ~/.mailbox-console} or {@code MAILBOX_CONSOLE_HOME} (never in a workspace), so a workspace can be shared
 * or committed without secrets. Headless runs cannot prompt, so the master password comes from
 * {@code MAILBOX_CONSOLE_MASTER_PASSWORD} or a random key file readable by the user alone.
 * <p>
 * Every workspace of the user shares this one file, so it is never written in place: see {@link SecureStorageFile}.
 * One instance per folder in a process, every call serialised on it: Equinox's nodes are not thread-safe.
 */
public final class SecureStorageCredentialStore implements CredentialStore {

	private static final Map<Path, SecureStorageCredentialStore> OPEN = new ConcurrentHashMap<>();

	private final SecureStorageFile file;

	private SecureStorageCredentialStore(SecureStorageFile file) {
		this.file = file;
	}

	/**
	 * The store every part of the product uses: the one in {@link #defaultFolder()} (MAILBOX_CONSOLE_HOME). The
	 * console, the command line and the Gogo shell open it only through here, so they never disagree on where it is.
	 */
	public static SecureStorageCredentialStore openDefault() throws CredentialException {
		return open(defaultFolder());
	}

	/** The store in {@code folder} (default: {@link MailboxConsoleHome}); the same instance for the same folder. */
	public static SecureStorageCredentialStore open(Path folder) throws CredentialException {
		Path key = folder.toAbsolutePath().normalize();
		SecureStorageCredentialStore open = OPEN.get(key);
		if (open != null) {
			return open;
		}
		synchronized (OPEN) {
			open = OPEN.get(key);
			if (open == null) {
				try {
					PrivateFiles.createFolder(key);
					open = new SecureStorageCredentialStore(new SecureStorageFile(key, masterPassword(key)));
				} catch (IOException e) {
					throw new CredentialException("cannot open the secure storage in " + folder + ": " + e.getMessage(), e);
				}
				OPEN.put(key, open);
			}
			return open;
		}
	}

	public static Path defaultFolder() {
		return MailboxConsoleHome.folder();
	}

	private static char[] masterPassword(Path folder) throws IOException {
		String fromEnvironment = System.getenv("MAILBOX_CONSOLE_MASTER_PASSWORD");
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment.toCharArray();
		}
		Path keyFile = folder.resolve("master.key");
		if (!Files.exists(keyFile)) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			PrivateFiles.createOnce(keyFile, Base64.getEncoder().encodeToString(random).getBytes(StandardCharsets.US_ASCII));
		}
		return Files.readString(keyFile, StandardCharsets.US_ASCII).strip().toCharArray();
	}

	@Override
	public void store(String account, char[] password) throws CredentialException {
		CredentialEdits edits = new CredentialEdits().store(account, password);
		try {
			update(edits);
		} finally {
			edits.clear();
		}
	}

	@Override
	public Optional<char[]> load(String account) throws CredentialException {
		synchronized (file) {
			return file.load(account);
		}
	}

	@Override
	public void remove(String account) throws CredentialException {
		update(new CredentialEdits().remove(account));
	}

	@Override
	public void update(CredentialEdits edits) throws CredentialException {
		if (edits.isEmpty()) {
			return;
		}
		synchronized (file) {
			file.write(edits);
		}
	}

	/** How many times this process has written the storage file; for the benchmark and the tests. */
	public long writes() {
		synchronized (file) {
			return file.writes();
		}
	}
}
