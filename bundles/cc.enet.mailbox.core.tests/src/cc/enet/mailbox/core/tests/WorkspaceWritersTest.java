package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceChangedException;
import cc.enet.mailbox.core.store.WorkspaceLock;
import cc.enet.mailbox.core.store.WorkspaceLockedException;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.test.support.Await;

/** Two writers on one workspace: a lock keeps the second out, and a save never overwrites what another wrote. */
class WorkspaceWritersTest {

	@TempDir
	Path folder;

	@Test
	void aSecondWriterWaitsThenIsRefusedNamingTheHolder() throws Exception {
		WorkspaceStore.save(DemoWorkspace.create(folder));
		try (WorkspaceLock first = WorkspaceLock.acquire(folder, "mailbox import", Duration.ZERO)) {
			long start = System.nanoTime();
			WorkspaceLockedException e = assertThrows(WorkspaceLockedException.class,
					() -> WorkspaceLock.acquire(folder, "mailbox fix", Duration.ofMillis(300)));
			assertTrue(System.nanoTime() - start >= 300_000_000L, "waits the configured time first");
			assertEquals(String.valueOf(ProcessHandle.current().pid()), e.holder().pid());
			assertEquals(System.getProperty("user.name"), e.holder().user());
			assertEquals("mailbox import", e.holder().purpose());
			assertTrue(e.getMessage().contains("mailbox import"), e.getMessage());
		}
		try (WorkspaceLock again = WorkspaceLock.acquire(folder, "mailbox fix", Duration.ZERO)) {
			assertEquals(folder.toAbsolutePath().normalize(), again.folder());
		}
	}

	@Test
	void aWriterThatGetsTheLockLaterGoesAhead() throws Exception {
		WorkspaceLock first = WorkspaceLock.acquire(folder, "console", Duration.ZERO);
		CompletableFuture<Boolean> second = new CompletableFuture<>();
		Thread writer = Thread.ofPlatform().name("second writer").start(() -> {
			try (WorkspaceLock lock = WorkspaceLock.acquire(folder, "mailbox import", Duration.ofSeconds(10))) {
				second.complete(Files.exists(folder.resolve(WorkspaceLock.FILE)));
			} catch (Throwable e) {
				second.completeExceptionally(e);
			}
		});
		Await.pausing(writer, Duration.ofSeconds(10)); // it waits for the lock
		first.close();
		assertTrue(second.get(10, TimeUnit.SECONDS), "the second writer holds the lock");
		writer.join();
	}

	@Test
	void aSaveRefusesToOverwriteAFileSomeoneElseSavedAndWritesNothing() throws Exception {
		WorkspaceStore.save(DemoWorkspace.create(folder));
		MailboxWorkspace mine = WorkspaceStore.open(folder);
		MailboxWorkspace theirs = WorkspaceStore.open(folder);
		theirs.findMailbox("tanaka@sakura-trading.co.jp").orElseThrow().setQuotaMb(111);
		WorkspaceStore.save(theirs);
		Map<String, String> afterTheirs = FolderSnapshot.of(folder);

		mine.findMailbox("tanaka@sakura-trading.co.jp").orElseThrow().setQuotaMb(222);
		mine.findMailbox("studio@aozora-design.com").orElseThrow().setQuotaMb(333);
		WorkspaceChangedException e = assertThrows(WorkspaceChangedException.class, () -> WorkspaceStore.save(mine));

		assertEquals(folder.resolve("customers/sakura-trading.xmi"), e.file());
		assertTrue(e.getMessage().contains("sakura-trading.xmi"), e.getMessage());
		assertEquals(afterTheirs, FolderSnapshot.of(folder), "nothing written, not even the other customer's file");
		assertEquals(111, WorkspaceStore.open(folder).findMailbox("tanaka@sakura-trading.co.jp").orElseThrow().getQuotaMb());
	}

	@Test
	void twoImportsCreatingCustomersDoNotLoseEachOther() throws Exception {
		WorkspaceStore.save(DemoWorkspace.create(folder));
		MailboxWorkspace first = WorkspaceStore.open(folder);
		MailboxWorkspace second = WorkspaceStore.open(folder);
		first.root().getCustomers().add(MailboxModels.newCustomer("first", "First"));
		second.root().getCustomers().add(MailboxModels.newCustomer("second", "Second"));
		WorkspaceStore.save(first);

		assertThrows(WorkspaceChangedException.class, () -> WorkspaceStore.save(second));

		MailboxWorkspace reopened = WorkspaceStore.open(folder);
		assertTrue(reopened.root().getCustomers().stream().anyMatch(c -> c.getId().equals("first")));
		assertTrue(Files.exists(folder.resolve("customers/first.xmi")));
		assertFalse(Files.exists(folder.resolve("customers/second.xmi")), "the refused save wrote nothing");
	}

	@Test
	void aSaveTouchesOnlyModifiedCustomersAndNeverAFileItDidNotRead() throws Exception {
		WorkspaceStore.save(DemoWorkspace.create(folder));
		MailboxWorkspace workspace = WorkspaceStore.open(folder);
		// Someone else's edit of another customer's file, and a file this session never read.
		Path midori = folder.resolve("customers/midori-clinic.xmi");
		String theirs = Files.readString(midori).replace("受付", "受付窓口");
		Files.writeString(midori, theirs);
		Path foreign = folder.resolve("customers/foreign.xmi");
		Files.writeString(foreign, "<not-ours/>");

		workspace.findMailbox("tanaka@sakura-trading.co.jp").orElseThrow().setQuotaMb(4242);
		WorkspaceStore.save(workspace);

		assertEquals(theirs, Files.readString(midori), "an unmodified customer is neither serialized nor written");
		assertTrue(Files.exists(foreign), "a file the session never read is not an orphan to delete");
		assertTrue(Files.readString(folder.resolve("customers/sakura-trading.xmi")).contains("4242"));
	}

	@Test
	void anotherProcesssTemporaryFileIsNeverTakenOverAndStaleOnesGoWhenTheLockIsTaken() throws Exception {
		WorkspaceStore.save(DemoWorkspace.create(folder));
		// What another writer (or an older version) has half-written under the old fixed name.
		Path othersTemp = folder.resolve("customers/sakura-trading.xmi.saving");
		Files.writeString(othersTemp, "half-written by someone else");
		MailboxWorkspace workspace = WorkspaceStore.open(folder);
		workspace.findMailbox("tanaka@sakura-trading.co.jp").orElseThrow().setQuotaMb(77);

		WorkspaceStore.save(workspace);

		assertEquals("half-written by someone else", Files.readString(othersTemp));
		assertTrue(Files.readString(folder.resolve("customers/sakura-trading.xmi")).contains("77"));
		try (WorkspaceLock lock = WorkspaceLock.acquire(folder, "mailbox fix", Duration.ZERO)) {
			assertFalse(Files.exists(othersTemp), "a crash's leftover goes when a writer takes the lock");
		}
		try (var files = Files.walk(folder)) {
			assertTrue(files.noneMatch(f -> f.toString().endsWith(".saving")));
		}
	}
}
