package cc.enet.mailbox.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.cli.MailboxCommandLine;
import cc.enet.mailbox.connector.apply.AuditLog;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/** Two writers, hostile files, an unexpected error and a tampered audit log, as a user meets them at the prompt. */
class SafetyCommandLineTest {

	@TempDir
	Path dir;
	Path demo;
	final CommandLineRunner mailbox = new CommandLineRunner();

	@BeforeEach
	void demoWorkspace() throws Exception {
		demo = dir.resolve("demo");
		WorkspaceStore.save(DemoWorkspace.create(demo));
		System.setProperty("mailbox.lock.wait", "0.3");
		System.setProperty("mailbox.console.home", dir.resolve("home").toString());
	}

	@AfterEach
	void clear() {
		System.clearProperty("mailbox.lock.wait");
		System.clearProperty("mailbox.console.home");
	}

	/** Another process (a plain JVM running a one-file program) holds the workspace lock until told to stop. */
	private Process otherWriter() throws Exception {
		Path source = dir.resolve("Holder.java");
		Files.writeString(source, """
				import java.nio.*; import java.nio.channels.*; import java.nio.file.*;
				public class Holder {
				  public static void main(String[] a) throws Exception {
				    FileChannel c = FileChannel.open(Path.of(a[0], ".lock"), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
				    FileLock l = c.lock(Long.MAX_VALUE - 1, 1, false);
				    c.truncate(0);
				    c.write(ByteBuffer.wrap(("user=someone\\nhost=desk7\\npid=" + ProcessHandle.current().pid() + "\\nsince=2026-11-29T10:00:00Z\\npurpose=mailbox import\\n").getBytes()), 0);
				    System.out.println("locked");
				    System.in.read();
				  }
				}
				""");
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, source.toString(), demo.toString()).redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		assertEquals("locked", out.readLine());
		return process;
	}

	@Test
	void aSecondWriterIsRefusedNamingTheHolderAndGoesAheadOnceItIsDone() throws Exception {
		Path csv = dir.resolve("more.csv");
		Files.writeString(csv, "address\nnew@sakura-trading.co.jp\n");
		var before = Files.readString(demo.resolve("workspace.xmi"));
		Process other = otherWriter();
		try {
			assertEquals(2, mailbox.run("import", csv.toString(), "--into", demo.toString(), "--lang", "en"));
			assertTrue(mailbox.err().contains("is in use by someone on desk7 (process " + other.pid() + ", mailbox import)"),
					mailbox.err());
			assertEquals(before, Files.readString(demo.resolve("workspace.xmi")));
			assertEquals(2, mailbox.run("fix", demo.toString(), "--rule", "tls.starttls"));
			assertEquals(1, mailbox.run("validate", demo.toString()), "a reader needs no lock");
		} finally {
			other.getOutputStream().close();
			other.waitFor(10, TimeUnit.SECONDS);
			other.destroyForcibly();
		}
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", demo.toString(), "--lang", "en"));
		assertTrue(mailbox.out().startsWith("1 created"), mailbox.out());
	}

	@Test
	void aControlCharacterIsRefusedWithItsPlaceAndNoFolderIsLeft() throws Exception {
		Path csv = dir.resolve("nul.csv");
		Files.writeString(csv, "address,display_name\nx@abc.co.jp,a\u0000b\n");
		Path fresh = dir.resolve("fresh");

		assertEquals(2, mailbox.run("import", csv.toString(), "--into", fresh.toString(), "--lang", "en"));

		assertTrue(mailbox.err().contains(csv + ":2: display_name: control character U+0000"), mailbox.err());
		assertFalse(mailbox.err().contains("\tat "), "no stack trace");
		assertFalse(Files.exists(fresh), "no half-made workspace folder");
	}

	@Test
	void anUnexpectedErrorIsOneLineAndALogFileWithExitTwo() throws Exception {
		CredentialStore broken = new CredentialStore() {
			@Override
			public void store(String account, char[] password) {
				throw new IllegalStateException("simulated bug in secure storage");
			}

			@Override
			public Optional<char[]> load(String account) {
				return Optional.empty();
			}

			@Override
			public void remove(String account) {
			}
		};
		Path csv = dir.resolve("pw.csv");
		Files.writeString(csv, "address,password\nnew@sakura-trading.co.jp,Secret-9\n");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new MailboxCommandLine(broken).run(List.of("import", csv.toString(), "--into", demo.toString(), "--lang", "en"),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		String said = err.toString(StandardCharsets.UTF_8);
		assertEquals(2, code);
		assertEquals(1, said.lines().count(), said);
		Path log = dir.resolve("home/logs/mailbox-cli.log");
		assertTrue(said.contains(log.toString()), said);
		String details = Files.readString(log);
		assertTrue(details.contains("simulated bug in secure storage") && details.contains("\tat "), details);
		assertFalse(details.contains("Secret-9"), "no password in the log");
	}

	@Test
	void auditVerifyNamesTheFirstBrokenLine() throws Exception {
		AuditLog log = new AuditLog(demo);
		for (int i = 0; i < 3; i++) {
			log.intent("prod", "create mailbox u" + i + "@abc.jp");
			log.record("prod", "create mailbox u" + i + "@abc.jp", "done", null);
		}
		assertEquals(0, mailbox.run("audit", "verify", demo.toString(), "--lang", "en"));
		assertTrue(mailbox.out().contains("6 lines"), mailbox.out());

		Path file = demo.resolve(AuditLog.FILE);
		List<String> lines = new ArrayList<>(Files.readAllLines(file));
		lines.set(1, lines.get(1).replace("done", "failed"));
		Files.write(file, lines);

		assertEquals(1, mailbox.run("audit", "verify", demo.toString(), "--lang", "en"));
		assertTrue(mailbox.out().contains(file + ":3: broken: "), mailbox.out());
		assertEquals(1, mailbox.run("audit", "verify", demo.toString(), "--lang", "ja"));
		assertTrue(mailbox.out().contains("連鎖が切れています"), mailbox.out());
	}
}
