package cc.enet.mailbox.core.credentials;

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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared storage file as several processes see it: two {@link SecureStorageFile}s on one folder stand for two
 * processes (each has its own Equinox tree; the lock file orders their writes).
 */
class SecureStorageFileTest {

	private static final char[] MASTER = "master-for-tests".toCharArray();

	@TempDir
	Path home;

	@Test
	void aWriteOfAnotherProcessIsSeenAndKeptByTheNextWrite() throws Exception {
		SecureStorageFile console = new SecureStorageFile(home, MASTER);
		SecureStorageFile commandLine = new SecureStorageFile(home, MASTER);

		console.write(new CredentialEdits().store("server:prod", "s1".toCharArray()));
		commandLine.write(new CredentialEdits().store("mailbox:/ws#a@abc.co.jp", "p1".toCharArray()));
		console.write(new CredentialEdits().store("server:demo", "s2".toCharArray()));

		SecureStorageFile third = new SecureStorageFile(home, MASTER);
		assertArrayEquals("s1".toCharArray(), third.load("server:prod").orElseThrow());
		assertArrayEquals("p1".toCharArray(), third.load("mailbox:/ws#a@abc.co.jp").orElseThrow(),
				"the console's later write kept what the command line had written");
		assertArrayEquals("s2".toCharArray(), commandLine.load("server:demo").orElseThrow(),
				"a read sees what another process wrote since");
	}

	@Test
	void aBatchIsOneWriteAndEveryPasswordIsThere() throws Exception {
		SecureStorageFile file = new SecureStorageFile(home, MASTER);
		CredentialEdits edits = new CredentialEdits();
		for (int i = 0; i < 1000; i++) {
			edits.store("mailbox:/ws#u" + i + "@abc.co.jp", ("pw-" + i).toCharArray());
		}
		file.write(edits);

		assertEquals(1, file.writes());
		SecureStorageFile reader = new SecureStorageFile(home, MASTER);
		for (int i = 0; i < 1000; i += 97) {
			assertArrayEquals(("pw-" + i).toCharArray(), reader.load("mailbox:/ws#u" + i + "@abc.co.jp").orElseThrow());
		}
	}

	@Test
	void removingWhatIsNotThereWritesNothing() throws Exception {
		SecureStorageFile file = new SecureStorageFile(home, MASTER);
		file.write(new CredentialEdits().remove("nobody"));
		assertEquals(0, file.writes());
		assertFalse(Files.exists(home.resolve(SecureStorageFile.FILE_NAME)));
	}

	@Test
	void theFileIsTheUsersAloneAndNoWorkFileIsLeft() throws Exception {
		new SecureStorageFile(home, MASTER).write(new CredentialEdits().store("server:x", "s".toCharArray()));
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			assertEquals("rw-------", PosixFilePermissions.toString(
					Files.getPosixFilePermissions(home.resolve(SecureStorageFile.FILE_NAME))));
		}
		assertEquals(List.of(), workFiles());
	}

	@Test
	void aCrashesWorkFileIsRemovedByTheNextProcess() throws Exception {
		Path leftover = home.resolve(SecureStorageFile.FILE_NAME + ".999999-3.work");
		Files.writeString(leftover, "half a file");
		new SecureStorageFile(home, MASTER);
		assertEquals(List.of(), workFiles());
	}

	@Test
	void manyThreadsOfOneProcessWriteAndReadThroughOneStore() throws Exception {
		SecureStorageCredentialStore store = SecureStorageCredentialStore.open(home.resolve("shared"));
		List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch go = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			int thread = t;
			threads.add(Thread.ofPlatform().start(() -> {
				try {
					go.await();
					for (int i = 0; i < 25; i++) {
						String account = "t" + thread + "-" + i;
						store.store(account, account.toCharArray());
						assertArrayEquals(account.toCharArray(), store.load(account).orElseThrow());
						if (i % 5 == 0) {
							store.remove(account);
						}
					}
				} catch (Throwable e) {
					failures.add(e);
				}
			}));
		}
		go.countDown();
		for (Thread thread : threads) {
			thread.join();
		}
		assertEquals(List.of(), failures);
		SecureStorageFile fresh = new SecureStorageFile(home.resolve("shared"), masterOf(home.resolve("shared")));
		for (int t = 0; t < 8; t++) {
			for (int i = 0; i < 25; i++) {
				assertEquals(i % 5 != 0, fresh.load("t" + t + "-" + i).isPresent(), "t" + t + "-" + i);
			}
		}
	}

	private static char[] masterOf(Path folder) throws Exception {
		return Files.readString(folder.resolve("master.key")).strip().toCharArray();
	}

	private List<Path> workFiles() throws Exception {
		try (Stream<Path> files = Files.list(home)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".work")).toList();
		}
	}
}
