package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
