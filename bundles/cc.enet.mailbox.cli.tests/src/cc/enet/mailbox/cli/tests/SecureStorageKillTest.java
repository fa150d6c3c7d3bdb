package cc.enet.mailbox.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.core.credentials.CredentialEdits;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/**
 * The secure storage every workspace of the user shares survives a {@code ./mailbox import} killed (SIGKILL) while
 * it writes 2,000 passwords: the other workspaces' passwords and the server secrets are all still there, and the
 * import's passwords are there all or not at all. The import runs as a real second process (the product's
 * command-line application in an OSGi framework like this test's), killed the moment its write begins.
 */
class SecureStorageKillTest {

	private static final int OTHERS = 3000;
	private static final int IMPORTED = 2000;

	@TempDir
	Path dir;

	@Test
	void anImportKilledWhileItWritesLosesNothingOfTheOtherWorkspaces() throws Exception {
		Path home = dir.resolve("home");
		Path other = dir.resolve("other-workspace");
		Path workspace = dir.resolve("ws");
		WorkspaceStore.save(DemoWorkspace.create(workspace));
		SecureStorageCredentialStore store = SecureStorageCredentialStore.open(home);
		CredentialEdits others = new CredentialEdits().store("server:prod", "prod-secret".toCharArray());
		for (int i = 0; i < OTHERS; i++) {
			others.store("u" + i + "@other.co.jp", ("other-" + i).toCharArray());
		}
		MailboxPasswords.of(store, other).update(others);
		store.store("server:prod", "prod-secret".toCharArray());
		Path csv = dir.resolve("mailboxes.csv");
		StringBuilder rows = new StringBuilder("address,password\n");
		for (int i = 0; i < IMPORTED; i++) {
			rows.append("m").append(i).append("@sakura-trading.co.jp,Initial-").append(i).append('\n');
		}
		Files.writeString(csv, rows);

		int killedWhileWriting = 0;
		for (int round = 0; round < 3; round++) {
			Process child = ProductProcess.start(dir, home, "import", csv.toString(), "--into", workspace.toString());
			boolean killed = killWhenItWrites(child, home);
			if (killed) {
				killedWhileWriting++;
			}
			assertWhole(store, other);
			assertAllOrNone(store, workspace);
		}
		assertTrue(killedWhileWriting > 0, "no kill hit a write: the test proved nothing");

		Process last = ProductProcess.start(dir, home, "import", csv.toString(), "--into", workspace.toString());
		assertTrue(last.waitFor(120, TimeUnit.SECONDS));
		assertEquals(0, last.exitValue(), ProductProcess.output(last));
		assertWhole(store, other);
		assertEquals(IMPORTED, stored(store, workspace));
		store.store("server:after", "x".toCharArray()); // the next writer removes what the killed ones left
		assertEquals(List.of(), workFiles(home));
	}

	/** Kills {@code child} the moment a work file of its pid appears (its write has begun); false if it ended first. */
	private static boolean killWhenItWrites(Process child, Path home) throws Exception {
		String prefix = "secure_storage." + child.pid() + "-";
		try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
			home.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
			int seen = 0;
			while (child.isAlive()) {
				WatchKey key = watcher.poll(50, TimeUnit.MILLISECONDS);
				if (key == null) {
					continue;
				}
				for (var event : key.pollEvents()) {
					if (event.context() instanceof Path name && name.toString().startsWith(prefix)) {
						// the first work file is the read at start; the second is the write of the passwords
						if (++seen == 2) {
							child.destroyForcibly().waitFor();
							return true;
						}
					}
				}
				key.reset();
			}
			return false;
		}
	}

	private static void assertWhole(SecureStorageCredentialStore store, Path other) throws Exception {
		assertArrayEquals("prod-secret".toCharArray(), store.load("server:prod").orElseThrow());
		var passwords = MailboxPasswords.of(store, other);
		for (int i = 0; i < OTHERS; i++) {
			assertArrayEquals(("other-" + i).toCharArray(), passwords.load("u" + i + "@other.co.jp").orElseThrow(),
					"another workspace's password " + i);
		}
	}

	private static void assertAllOrNone(SecureStorageCredentialStore store, Path workspace) throws Exception {
		int stored = stored(store, workspace);
		assertTrue(stored == 0 || stored == IMPORTED, stored + " of " + IMPORTED + " passwords stored");
	}

	private static int stored(SecureStorageCredentialStore store, Path workspace) throws Exception {
		var passwords = MailboxPasswords.of(store, workspace);
		int stored = 0;
		for (int i = 0; i < IMPORTED; i++) {
			if (passwords.load("m" + i + "@sakura-trading.co.jp").isPresent()) {
				stored++;
			}
		}
		return stored;
	}

	private static List<Path> workFiles(Path home) throws Exception {
		try (Stream<Path> files = Files.list(home)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".work")).toList();
		}
	}

	/** The product's command-line application started as a process of its own, from this test's OSGi runtime. */
	static final class ProductProcess {

		static Process start(Path dir, Path home, String... args) throws Exception {
			List<String> self = new ArrayList<>();
			self.add(ProcessHandle.current().info().command().orElseThrow());
			self.addAll(List.of(ProcessHandle.current().info().arguments().orElseThrow()));
			int jar = self.indexOf("-jar");
			List<String> command = new ArrayList<>(self.subList(0, jar + 2)); // the JVM, its options, the launcher
			command.add(1, "-D" + cc.enet.mailbox.core.MailboxConsoleHome.PROPERTY + "=" + home);
			Path configuration = Files.createTempDirectory(dir, "osgi-");
			Files.copy(Path.of(value(self, "-configuration")).resolve("config.ini"), configuration.resolve("config.ini"));
			command.addAll(List.of("-configuration", configuration.toString()));
			if (self.contains("-install")) {
				command.addAll(List.of("-install", value(self, "-install")));
			}
			command.addAll(List.of("-application", "cc.enet.mailbox.cli.app", "-nosplash"));
			command.addAll(List.of(args));
			Path log = dir.resolve("child-" + System.nanoTime() + ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			LOGS.put(process, log);
			return process;
		}

		private static final java.util.Map<Process, Path> LOGS = new java.util.concurrent.ConcurrentHashMap<>();

		/** What the process printed (the import's report: counts, never a password). */
		static String output(Process process) throws java.io.IOException {
			return "exit " + process.exitValue() + ": " + Files.readString(LOGS.get(process));
		}

		private static String value(List<String> args, String option) {
			int at = args.indexOf(option);
			if (at < 0 || at + 1 >= args.size()) {
				throw new IllegalStateException("this test's JVM was started without " + option + ": " + args);
			}
			String value = args.get(at + 1);
			return value.startsWith("file:") ? Path.of(java.net.URI.create(value)).toString() : value;
		}
	}
}
