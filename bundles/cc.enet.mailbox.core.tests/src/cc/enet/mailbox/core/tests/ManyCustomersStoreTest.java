package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.StoreFaults;
import cc.enet.mailbox.core.store.WorkspaceChangedException;
import cc.enet.mailbox.core.store.WorkspaceException;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;

/**
 * A workspace of many customers, as large ones are read and written: each customer file loaded and each changed one
 * written on several threads. The same guarantees hold as for a few files: the whole model comes back, only changed
 * files are written, the first broken file in the root's order is named, and a file someone else changed stops the
 * save with nothing written.
 */
class ManyCustomersStoreTest {

	private static final int CUSTOMERS = 60;
	private static final int MAILBOXES_EACH = 5;

	@TempDir
	Path folder;

	@Test
	void everyCustomerComesBackWhole() throws Exception {
		WorkspaceStore.save(workspace());

		MailboxWorkspace reopened = WorkspaceStore.open(folder);

		assertEquals(CUSTOMERS, reopened.root().getCustomers().size());
		assertEquals(CUSTOMERS * MAILBOXES_EACH, reopened.mailboxCount());
		for (int c = 0; c < CUSTOMERS; c++) {
			Customer customer = reopened.root().getCustomers().get(c);
			assertEquals("customer" + c, customer.getId(), "customers keep the root's order");
			assertEquals(folder.resolve("customers/customer" + c + ".xmi").toAbsolutePath().normalize().toString(),
					customer.eResource().getURI().toFileString());
			Mailbox last = reopened.findMailbox(address(c, MAILBOXES_EACH - 1)).orElseThrow();
			assertEquals("User " + c + "/" + (MAILBOXES_EACH - 1), last.getDisplayName());
			assertEquals(100 + c, last.getQuotaMb());
		}
	}

	@Test
	void aSaveAfterOpenWritesOnlyTheChangedCustomers() throws Exception {
		WorkspaceStore.save(workspace());
		Map<String, String> before = FolderSnapshot.of(folder);
		MailboxWorkspace workspace = WorkspaceStore.open(folder);
		Set<String> changed = new HashSet<>();
		for (int c = 3; c < CUSTOMERS; c += 4) {
			workspace.findMailbox(address(c, 2)).orElseThrow().setQuotaMb(9000 + c);
			changed.add("customers/customer" + c + ".xmi");
		}

		WorkspaceStore.save(workspace);

		Map<String, String> after = FolderSnapshot.of(folder);
		assertEquals(before.keySet(), after.keySet(), "no temporary file stays");
		for (String file : before.keySet()) {
			if (changed.contains(file)) {
				assertNotEquals(before.get(file), after.get(file), file);
			} else {
				assertEquals(before.get(file), after.get(file), file + " must not be rewritten");
			}
		}
		assertEquals(9000 + 43, WorkspaceStore.open(folder).findMailbox(address(43, 2)).orElseThrow().getQuotaMb());
	}

	@Test
	void theFirstBrokenFileInTheRootsOrderIsNamed() throws Exception {
		WorkspaceStore.save(workspace());
		Path early = folder.resolve("customers/customer17.xmi");
		Path late = folder.resolve("customers/customer52.xmi");
		for (Path file : new Path[] { late, early }) {
			String text = Files.readString(file);
			Files.writeString(file, text.replaceFirst("<mailboxes ", "<mailboxes <oops/> "));
		}

		WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.open(folder));

		assertEquals(early.toAbsolutePath().normalize(), e.file());
		assertTrue(e.line() > 0, e.getMessage());
	}

	@Test
	void aMissingFileAmongManyIsNamed() throws Exception {
		WorkspaceStore.save(workspace());
		Path missing = folder.resolve("customers/customer41.xmi");
		Files.delete(missing);

		WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.open(folder));

		assertEquals(missing.toAbsolutePath().normalize(), e.file());
		assertTrue(e.getMessage().contains("missing"), e.getMessage());
	}

	@Test
	void aFileChangedByAnotherWriterStopsTheSaveWithNothingWritten() throws Exception {
		WorkspaceStore.save(workspace());
		MailboxWorkspace mine = WorkspaceStore.open(folder);
		for (int c = 0; c < CUSTOMERS; c++) {
			mine.findMailbox(address(c, 0)).orElseThrow().setQuotaMb(7000 + c);
		}
		Path theirs = folder.resolve("customers/customer33.xmi");
		Files.writeString(theirs, Files.readString(theirs).replace("User 33/1", "Changed elsewhere"));
		Map<String, String> before = FolderSnapshot.of(folder);

		WorkspaceChangedException e = assertThrows(WorkspaceChangedException.class, () -> WorkspaceStore.save(mine));

		assertTrue(e.getMessage().contains("customer33.xmi"), e.getMessage());
		assertEquals(before, FolderSnapshot.of(folder), "no file replaced, no temporary file left");
	}

	@Test
	void aRemovedCustomersFileChangedElsewhereStopsAFirstSaveOfManyNewOnesWithNothingWritten() throws Exception {
		WorkspaceStore.save(workspace());
		MailboxWorkspace mine = WorkspaceStore.open(folder);
		mine.root().getCustomers().remove(5); // its file is to be removed by the save
		for (int c = CUSTOMERS; c < CUSTOMERS + 30; c++) { // written while the save is still attaching the next ones
			mine.root().getCustomers().add(customer(c));
		}
		Path theirs = folder.resolve("customers/customer5.xmi");
		String read = Files.readString(theirs);
		Files.writeString(theirs, read.replace("User 5/1", "Changed elsewhere"));
		Map<String, String> before = FolderSnapshot.of(folder);

		WorkspaceChangedException e = assertThrows(WorkspaceChangedException.class, () -> WorkspaceStore.save(mine));

		assertTrue(e.getMessage().contains("customer5.xmi"), e.getMessage());
		assertEquals(before, FolderSnapshot.of(folder), "no new customer's file, no temporary file left");
		Files.writeString(theirs, read); // as this session read it: the next save goes ahead with everything
		WorkspaceStore.save(mine);
		MailboxWorkspace reopened = WorkspaceStore.open(folder);
		assertEquals(CUSTOMERS + 29, reopened.root().getCustomers().size());
		assertEquals("User 89/4", reopened.findMailbox(address(89, 4)).orElseThrow().getDisplayName());
		assertTrue(Files.notExists(theirs));
	}

	@Test
	void aFirstSaveOfManyFilesForcesThemWithOneSyncOfTheirFileSystemAndOneEditForcesItsOwn() throws Exception {
		assumeTrue(StoreFaults.flushesFileSystems(), "this platform forces each file");
		AtomicInteger syncs = new AtomicInteger();
		StoreFaults.countFileSystemFlushes(syncs);
		try {
			WorkspaceStore.save(workspace());
			assertEquals(1, syncs.get(), "the customers' files past the first ones: one sync for all");

			MailboxWorkspace reopened = WorkspaceStore.open(folder);
			assertEquals(CUSTOMERS * MAILBOXES_EACH, reopened.mailboxCount());
			reopened.findMailbox(address(7, 2)).orElseThrow().setDisplayName("Edited");
			WorkspaceStore.save(reopened);
			assertEquals(1, syncs.get(), "one edited customer is forced alone, not its whole file system");
			assertEquals("Edited", WorkspaceStore.open(folder).findMailbox(address(7, 2)).orElseThrow().getDisplayName());
		} finally {
			StoreFaults.reset();
		}
	}

	@Test
	void aFileSystemThatCannotBeForcedFailsTheSaveWithNoFileWrittenAndTheNextSaveWritesEverything() throws Exception {
		assumeTrue(StoreFaults.flushesFileSystems(), "this platform forces each file");
		MailboxWorkspace workspace = workspace();
		Map<String, String> before = FolderSnapshot.of(folder);
		StoreFaults.failFileSystemFlushes(new IOException("syncfs: Input/output error"));
		try {
			IOException e = assertThrows(IOException.class, () -> WorkspaceStore.save(workspace));
			assertTrue(e.getMessage().contains("Input/output error"), e.getMessage());
		} finally {
			StoreFaults.reset();
		}
		assertEquals(before, FolderSnapshot.of(folder), "no file moved into place, no temporary file left");

		WorkspaceStore.save(workspace);

		MailboxWorkspace reopened = WorkspaceStore.open(folder);
		assertEquals(CUSTOMERS, reopened.root().getCustomers().size());
		assertEquals("User 59/4", reopened.findMailbox(address(59, 4)).orElseThrow().getDisplayName());
	}

	private MailboxWorkspace workspace() {
		MailboxWorkspace workspace = WorkspaceStore.create(folder, "many");
		for (int c = 0; c < CUSTOMERS; c++) {
			workspace.root().getCustomers().add(customer(c));
		}
		return workspace;
	}

	private static Customer customer(int c) {
		Customer customer = MailboxModels.newCustomer("customer" + c, "Customer " + c);
		Domain domain = MailboxModels.newDomain("customer" + c + ".co.jp");
		customer.getDomains().add(domain);
		for (int m = 0; m < MAILBOXES_EACH; m++) {
			Mailbox mailbox = MailboxModels.newMailbox(domain, address(c, m));
			mailbox.setDisplayName("User " + c + "/" + m);
			mailbox.setQuotaMb(100 + c);
			domain.getMailboxes().add(mailbox);
		}
		return customer;
	}

	private static String address(int customer, int mailbox) {
		return "user" + mailbox + "@customer" + customer + ".co.jp";
	}
}
