package cc.enet.mailbox.core.credentials;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

import cc.enet.mailbox.core.io.DurableFiles;

/**
 * The one {@code secure_storage} file of a folder, shared by every console, command and shell of the user.
 * <p>
 * Equinox rewrites its file in place (truncate, then write), so a process that dies while it flushes leaves it cut
 * short, and with it every workspace's passwords. So Equinox never writes the shared file: it writes a private work
 * file, which is forced to disk and renamed over the shared one, while a lock file keeps other processes' writes
 * out. Equinox reads its file only when it opens it, and keeps one node tree per file name for the process's life,
 * so when another process has published a newer file, it is copied under a new work name and opened afresh (a
 * "generation"); the old tree is emptied so that it holds no passwords and no memory.
 * <p>
 * Work files exist only while this process holds the lock; one found by the next holder is a crash's leftover.
 * Not thread-safe: {@link SecureStorageCredentialStore} serialises every call.
 */
final class SecureStorageFile {

	static final String FILE_NAME = "secure_storage";
	private static final String LOCK_SUFFIX = ".lock";
	private static final String WORK_SUFFIX = ".work";
	private static final String OWN_NODE = "cc.enet.mailbox";
	private static final String ACCOUNTS = OWN_NODE + "/accounts";
	private static final String KEY = "password";
	private static final AtomicLong GENERATIONS = new AtomicLong();

	private final Path folder;
	private final Path published;
	private final Path lockFile;
	private final Map<Object, Object> options = new HashMap<>();

	private ISecurePreferences root;
	private Path rootWorkFile;
	/** What the published file was when {@link #root} was read from it; null: read it again before use. */
	private Object loadedStamp;
	private long writes;

	SecureStorageFile(Path folder, char[] masterPassword) throws IOException {
		this.folder = folder;
		this.published = folder.resolve(FILE_NAME);
		this.lockFile = folder.resolve(FILE_NAME + LOCK_SUFFIX);
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterPassword));
		try (FileChannel channel = openLockFile(); FileLock lock = channel.lock()) {
			deleteLeftoverWorkFiles();
			loadGeneration();
		}
	}

	Optional<char[]> load(String account) throws CredentialException {
		try {
			if (!stamp().equals(loadedStamp)) {
				try (FileChannel channel = openLockFile(); FileLock lock = channel.lock(0, Long.MAX_VALUE, true)) {
					loadGeneration();
				}
			}
			String path = ACCOUNTS + "/" + EncodingUtils.encodeSlashes(account);
			if (!root.nodeExists(path)) {
				return Optional.empty();
			}
			String value = root.node(path).get(KEY, null);
			return value == null ? Optional.empty() : Optional.of(value.toCharArray());
		} catch (StorageException | IOException e) {
			throw new CredentialException("cannot read the password of " + account + " from " + published + ": "
					+ e.getMessage(), e);
		}
	}

	/** Applies every edit and publishes the result, or (on any failure) publishes nothing and forgets them. */
	void write(CredentialEdits edits) throws CredentialException {
		String account = null;
		try (FileChannel channel = openLockFile(); FileLock lock = channel.lock()) {
			if (!stamp().equals(loadedStamp)) {
				loadGeneration();
			}
			boolean changed = false;
			for (CredentialEdits.Edit edit : edits.edits()) {
				account = edit.account();
				changed |= apply(edit);
			}
			account = null;
			if (changed) {
				publish();
			}
		} catch (StorageException | IOException | RuntimeException e) {
			loadedStamp = null; // the tree may hold edits the file does not: read the file again
			String what = account == null ? "cannot write " + published
					: "cannot store the password of " + account + " in " + published;
			throw new CredentialException(what + ": " + e.getMessage(), e);
		}
	}

	long writes() {
		return writes;
	}

	private boolean apply(CredentialEdits.Edit edit) throws StorageException {
		String path = ACCOUNTS + "/" + EncodingUtils.encodeSlashes(edit.account());
		if (edit.isRemoval()) {
			if (!root.nodeExists(path)) {
				return false;
			}
			root.node(path).removeNode();
			return true;
		}
		root.node(path).put(KEY, new String(edit.password()), true);
		return true;
	}

	/** Lets Equinox write its work file, then moves that file over the shared one. */
	private void publish() throws IOException {
		Files.deleteIfExists(rootWorkFile);
		DurableFiles.createEmpty(rootWorkFile, true);
		root.flush();
		DurableFiles.moveIntoPlace(rootWorkFile, published);
		loadedStamp = stamp();
		writes++;
	}

	/** Reads the published file into a fresh tree under a name of its own. Only a lock holder calls this. */
	private void loadGeneration() throws IOException {
		Object stamp = stamp();
		Path work = folder.resolve(FILE_NAME + "." + ProcessHandle.current().pid() + "-"
				+ GENERATIONS.incrementAndGet() + WORK_SUFFIX);
		Files.deleteIfExists(work);
		DurableFiles.createEmpty(work, true);
		try {
			if (Files.exists(published)) {
				Files.write(work, Files.readAllBytes(published));
			}
			ISecurePreferences fresh = SecurePreferencesFactory.open(work.toUri().toURL(), options);
			retire();
			root = fresh;
			rootWorkFile = work;
			loadedStamp = stamp;
		} finally {
			Files.deleteIfExists(work); // Equinox has read it; publish() writes it anew
		}
	}

	/** Empties the previous tree (Equinox keeps it for the process's life) and deletes what its flush wrote. */
	private void retire() throws IOException {
		if (root == null) {
			return;
		}
		ISecurePreferences old = root;
		Path oldWork = rootWorkFile;
		root = null;
		if (old.nodeExists(OWN_NODE)) {
			old.node(OWN_NODE).removeNode();
		}
		try {
			old.flush(); // clears Equinox's "modified", so its shutdown does not write this tree again
		} finally {
			Files.deleteIfExists(oldWork);
		}
	}

	private void deleteLeftoverWorkFiles() throws IOException {
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, FILE_NAME + ".*" + WORK_SUFFIX)) {
			for (Path leftover : leftovers) {
				Files.deleteIfExists(leftover);
			}
		}
	}

	/** Changes whenever another process publishes: each publish is a new file (a rename), with its own key. */
	private Object stamp() throws IOException {
		try {
			BasicFileAttributes attributes = Files.readAttributes(published, BasicFileAttributes.class);
			Object key = attributes.fileKey();
			return (key == null ? "" : key.toString()) + "/" + attributes.lastModifiedTime().toMillis() + "/"
					+ attributes.size();
		} catch (NoSuchFileException e) {
			return "absent";
		}
	}

	private FileChannel openLockFile() throws IOException {
		if (!Files.exists(lockFile)) {
			try {
				DurableFiles.createEmpty(lockFile, true);
			} catch (java.nio.file.FileAlreadyExistsException raced) {
				// another process made it first
			}
		}
		return FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
	}
}
