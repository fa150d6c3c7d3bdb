package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.connector.apply.AuditLog;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.WorkspaceLock;
import cc.enet.mailbox.core.store.WorkspaceLockedException;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.connector.ui.review.ReviewMessages;
import cc.enet.mailbox.ui.tests.bots.AuditLogBot;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;

/** The console is the workspace's one writer while it is open, and its Audit Log view shows a damaged log as such. */
class WorkspaceSafetyTest {

	@TempDir
	Path folder;

	@Test
	void whileTheConsoleHasTheWorkspaceAnotherWriterIsRefusedNamingIt() throws Exception {
		ConsoleBot console = ConsoleBot.console();
		Path demo = folder.resolve("demo");
		console.openWorkspace(demo);

		WorkspaceLockedException e = assertThrows(WorkspaceLockedException.class,
				() -> WorkspaceLock.acquire(demo, "mailbox import", Duration.ofMillis(200)));

		assertEquals("Mailbox Console", e.holder().purpose());
		assertEquals(String.valueOf(ProcessHandle.current().pid()), e.holder().pid());
		console.openWorkspace(folder.resolve("other"));
		try (WorkspaceLock free = WorkspaceLock.acquire(demo, "mailbox import", Duration.ofSeconds(5))) {
			assertTrue(Files.exists(demo.resolve(WorkspaceLock.FILE)), "free once the console opened another workspace");
		}
	}

	@Test
	void aTornAuditLineIsShownAsTornNotABlankView() throws Exception {
		Path demo = folder.resolve("torn");
		WorkspaceStore.save(DemoWorkspace.create(demo));
		AuditLog log = new AuditLog(demo);
		log.intent("demo", "create mailbox a@abc.jp");
		log.record("demo", "create mailbox a@abc.jp", "done", null);
		Files.writeString(demo.resolve(AuditLog.FILE), "{\"time\":\"2026-11-29T", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(demo);

		List<AuditLogBot.Row> rows = console.auditLog().waitForRows(2).rows();

		assertEquals(2, rows.size(), rows.toString());
		assertEquals(ReviewMessages.Audit_torn, rows.get(0).result(), "newest first: the torn line");
		assertEquals("audit.log:3", rows.get(0).message());
		assertEquals("done", rows.get(1).result());
	}
}
