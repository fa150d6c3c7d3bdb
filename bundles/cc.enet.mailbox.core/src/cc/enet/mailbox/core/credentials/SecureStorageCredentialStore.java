package cc.enet.mailbox.core.credentials;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import cc.enet.mailbox.core.MailboxConsoleHome;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * Passwords in Eclipse secure storage, encrypted. The storage file and its master password live in the user's
 * {@code ~/.mailbox-console} or {@code MAILBOX_CONSOLE_HOME} (never in a workspace), so a workspace can be shared or committed without secrets.
 * Headless runs cannot prompt, so the master password comes from {@code MAILBOX_CONSOLE_MASTER_PASSWORD} or a
 * random key file readable by the user alone.
 */
public final class SecureStorageCredentialStore implements CredentialStore {

	private static final String NODE = "cc.enet.mailbox/accounts";
	private static final String KEY = "password";

	private final ISecurePreferences root;

	private SecureStorageCredentialStore(ISecurePreferences root) {
		this.root = root;
	}

	/**
	 * The store every part of the product uses: the one in {@link #defaultFolder()} (MAILBOX_CONSOLE_HOME). The
	 * console, the command line and the Gogo shell open it only through here, so they never disagree on where it is.
	 */
	public static SecureStorageCredentialStore openDefault() throws CredentialException {
		return open(defaultFolder());
	}

	/** The store in {@code folder} (default: {@link MailboxConsoleHome}). */
	public static SecureStorageCredentialStore open(Path folder) throws CredentialException {
		try {
			PrivateFiles.createFolder(folder);
			Map<Object, Object> options = new HashMap<>();
			options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
			options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterPassword(folder)));
			URL location = folder.resolve("secure_storage").toUri().toURL();
			return new SecureStorageCredentialStore(SecurePreferencesFactory.open(location, options));
		} catch (IOException e) {
			throw new CredentialException("cannot open the secure storage in " + folder + ": " + e.getMessage(), e);
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
		try {
			node(account).put(KEY, new String(password), true);
			root.flush();
		} catch (StorageException | IOException e) {
			throw new CredentialException("cannot store the password of " + account + ": " + e.getMessage(), e);
		}
	}

	@Override
	public Optional<char[]> load(String account) throws CredentialException {
		try {
			String path = NODE + "/" + EncodingUtils.encodeSlashes(account);
			if (!root.nodeExists(path)) {
				return Optional.empty();
			}
			String value = root.node(path).get(KEY, null);
			return value == null ? Optional.empty() : Optional.of(value.toCharArray());
		} catch (StorageException e) {
			throw new CredentialException("cannot read the password of " + account + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void remove(String account) throws CredentialException {
		try {
			String path = NODE + "/" + EncodingUtils.encodeSlashes(account);
			if (root.nodeExists(path)) {
				root.node(path).removeNode();
				root.flush();
			}
		} catch (IOException e) {
			throw new CredentialException("cannot remove the password of " + account + ": " + e.getMessage(), e);
		}
	}

	private ISecurePreferences node(String account) {
		return root.node(NODE + "/" + EncodingUtils.encodeSlashes(account));
	}
}
