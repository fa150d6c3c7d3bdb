package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.core.store.WorkspaceLock;
import cc.enet.mailbox.core.store.WorkspaceLockedException;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;

/** The console is the workspace's one writer while it is open. */
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
}
