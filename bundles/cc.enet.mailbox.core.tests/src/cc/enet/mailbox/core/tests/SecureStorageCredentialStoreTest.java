package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;

class SecureStorageCredentialStoreTest {

	@TempDir
	Path home;

	@Test
	void storesEncryptedAndReadsBackAcrossOpens() throws Exception {
		String secret = "Pa55-word-for-test";
		SecureStorageCredentialStore.open(home).store("tanaka@abc.co.jp", secret.toCharArray());

		assertArrayEquals(secret.toCharArray(), SecureStorageCredentialStore.open(home).load("tanaka@abc.co.jp").orElseThrow());
		String onDisk = Files.readString(home.resolve("secure_storage"));
		assertFalse(onDisk.contains(secret), "the password is encrypted on disk");
		assertTrue(SecureStorageCredentialStore.open(home).load("other@abc.co.jp").isEmpty());
	}

	@Test
	void removeForgetsThePassword() throws Exception {
		SecureStorageCredentialStore store = SecureStorageCredentialStore.open(home);
		store.store("a/b@abc.co.jp", "x".toCharArray());
		store.remove("a/b@abc.co.jp");
		assertTrue(SecureStorageCredentialStore.open(home).load("a/b@abc.co.jp").isEmpty());
	}

	@Test
	void theFolderAndTheKeyAreTheUsersAloneAndConcurrentFirstStartsShareOneKey() throws Exception {
		Path folder = home.resolve("fresh");
		List<Thread> starts = new ArrayList<>();
		List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch go = new CountDownLatch(1);
		for (int i = 0; i < 6; i++) {
			starts.add(Thread.ofPlatform().start(() -> {
				try {
					go.await();
					SecureStorageCredentialStore.open(folder);
				} catch (Throwable e) {
					failures.add(e);
				}
			}));
		}
		go.countDown();
		for (Thread start : starts) {
			start.join();
		}
		assertTrue(failures.isEmpty(), failures.toString());
		SecureStorageCredentialStore.open(folder).store("t@abc.co.jp", "x".toCharArray());
		assertArrayEquals("x".toCharArray(), SecureStorageCredentialStore.open(folder).load("t@abc.co.jp").orElseThrow());
		try (var files = Files.list(folder)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no key candidate left");
		}
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
			assertEquals("rw-------",
					PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("master.key"))));
		}
	}
}
