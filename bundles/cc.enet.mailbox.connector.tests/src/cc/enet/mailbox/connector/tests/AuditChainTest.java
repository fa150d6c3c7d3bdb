package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.connector.apply.AuditChain;
import cc.enet.mailbox.connector.apply.AuditLog;
import cc.enet.mailbox.connector.json.Json;

/** The audit log proves itself: a chain of SHA-256 links that names the first line changed, removed or torn. */
class AuditChainTest {

	@TempDir
	Path folder;

	private List<String> writeSix() throws Exception {
		AuditLog log = new AuditLog(folder).context("https://mail.example:8443", "model-fp/server-fp");
		for (int i = 0; i < 3; i++) {
			log.intent("prod", "create mailbox u" + i + "@abc.jp");
			log.record("prod", "create mailbox u" + i + "@abc.jp", "done", null);
		}
		return Files.readAllLines(folder.resolve(AuditLog.FILE));
	}

	@Test
	void everyLineNamesWhoWhereAndWhatAndLinksToTheOneBefore() throws Exception {
		List<String> lines = writeSix();

		assertEquals(6, lines.size());
		Map<String, Object> intent = Json.object(Json.parse(lines.get(0)));
		assertEquals("intent", intent.get("event"));
		assertEquals(System.getProperty("user.name"), intent.get("user"));
		assertEquals(ProcessHandle.current().pid(), intent.get("pid"));
		assertTrue(intent.containsKey("host"));
		assertEquals("https://mail.example:8443", intent.get("url"));
		assertEquals("model-fp/server-fp", intent.get("plan"));
		assertEquals(AuditChain.GENESIS, intent.get("prev"));
		assertEquals("result", Json.object(Json.parse(lines.get(1))).get("event"));
		AuditChain.Verification verification = AuditChain.verify(folder);
		assertTrue(verification.intact());
		assertEquals(6, verification.lines());
		assertEquals(3, new AuditLog(folder).read().size(), "people see the results, one per change");
	}

	@Test
	void parallelWorkersSharingForcesKeepEveryLineInOneChainAcrossRotations() throws Exception {
		String before = System.getProperty("mailbox.audit.maxBytes");
		System.setProperty("mailbox.audit.maxBytes", "20000"); // a few rotations while the workers write
		try {
			AuditLog log = new AuditLog(folder).context("https://mail.example:8443", "model-fp/server-fp");
			ExecutorService workers = Executors.newFixedThreadPool(8);
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < 8; w++) {
				int worker = w;
				done.add(workers.submit(() -> {
					for (int i = 0; i < 50; i++) {
						log.intent("prod", "create mailbox w" + worker + "u" + i + "@abc.jp");
						log.record("prod", "create mailbox w" + worker + "u" + i + "@abc.jp", "done", null);
					}
					return null;
				}));
			}
			for (Future<?> worker : done) {
				worker.get();
			}
			workers.shutdown();

			AuditChain.Verification verification = AuditChain.verify(folder);
			assertTrue(verification.intact(), String.valueOf(verification.firstBroken()));
			assertEquals(800, verification.lines());
			assertTrue(Files.exists(folder.resolve(AuditLog.FILE + ".1")), "the log was rotated while the workers wrote");
		} finally {
			if (before == null) {
				System.clearProperty("mailbox.audit.maxBytes");
			} else {
				System.setProperty("mailbox.audit.maxBytes", before);
			}
		}
	}

	@Test
	void anEditedLineIsNamed() throws Exception {
		List<String> lines = new ArrayList<>(writeSix());
		lines.set(3, lines.get(3).replace("\"done\"", "\"failed\""));
		Files.write(folder.resolve(AuditLog.FILE), lines);

		AuditChain.Entry broken = AuditChain.verify(folder).firstBroken();

		assertEquals(5, broken.line(), "the line after the edited one no longer follows it");
		assertEquals("mismatch", broken.reason());
	}

	@Test
	void aRemovedLineIsNamed() throws Exception {
		List<String> lines = new ArrayList<>(writeSix());
		lines.remove(2);
		Files.write(folder.resolve(AuditLog.FILE), lines);

		assertEquals(3, AuditChain.verify(folder).firstBroken().line());
	}

	@Test
	void aTornLineIsShownAsSuchAndTheLogGoesOn() throws Exception {
		writeSix();
		Files.writeString(folder.resolve(AuditLog.FILE), "{\"time\":\"2026-", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		AuditChain.Entry torn = AuditChain.verify(folder).firstBroken();
		assertEquals(7, torn.line());
		assertEquals("torn", torn.problem());

		new AuditLog(folder).record("prod", "pull", "done", null);

		List<Map<String, Object>> shown = new AuditLog(folder).read();
		assertEquals(5, shown.size(), shown.toString());
		assertEquals("torn", shown.get(3).get("problem"));
		assertEquals("audit.log:7", shown.get(3).get("line"));
		assertNull(shown.get(4).get("problem"), "the line after a torn one links to it");
		assertEquals(7, AuditChain.verify(folder).firstBroken().line());
	}

	@Test
	void rotationCarriesTheChainIntoTheNextFile() throws Exception {
		System.setProperty("mailbox.audit.maxBytes", "900");
		try {
			AuditLog log = new AuditLog(folder);
			for (int i = 0; i < 20; i++) {
				log.intent("prod", "update quota of u" + i + "@abc.jp");
			}
		} finally {
			System.clearProperty("mailbox.audit.maxBytes");
		}
		assertTrue(Files.exists(folder.resolve("audit.log.1")));
		assertTrue(Files.exists(folder.resolve("audit.log.2")));
		AuditChain.Verification verification = AuditChain.verify(folder);
		assertTrue(verification.intact(), String.valueOf(verification.firstBroken()));
		assertEquals(20, verification.lines());

		Files.delete(folder.resolve("audit.log.1"));
		assertFalse(AuditChain.verify(folder).intact(), "a removed rotated file breaks the chain");
	}

	@Test
	void jsonNestedBeyondTheLimitIsRefusedNotAStackOverflow() {
		String deep = "[".repeat(100_000) + "]".repeat(100_000);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(deep));
		assertTrue(e.getMessage().contains("nested deeper than"), e.getMessage());
		assertEquals(List.of(List.of()), Json.parse("[[]]"));
		assertThrows(IllegalArgumentException.class, () -> Json.parse("\"\\u12"));
	}
}
