package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.edit.command.RemoveCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.edit.EditingDomains;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.StoreFaults;
import cc.enet.mailbox.core.store.WorkspaceException;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;

class WorkspaceStoreTest {

	@TempDir
	Path folder;

	@Test
	void savesOneFilePerCustomerAndOpensTheSameModel() throws Exception {
		MailboxWorkspace demo = DemoWorkspace.create(folder);
		WorkspaceStore.save(demo);

		assertEquals(Set.of("workspace.xmi", "customers/sakura-trading.xmi", "customers/midori-clinic.xmi",
				"customers/aozora-design.xmi"), FolderSnapshot.of(folder).keySet());
		MailboxWorkspace reopened = WorkspaceStore.open(folder);
		assertEquals(demo.mailboxCount(), reopened.mailboxCount());
		assertEquals("髙橋 一郎", reopened.findMailbox("takahashi@sakura-trading.co.jp").orElseThrow().getDisplayName());
		assertEquals(3, reopened.root().getCustomers().size());
	}

	@Test
	void aChangeToOneCustomerRewritesOnlyThatCustomersFile() throws Exception {
		WorkspaceStore.save(DemoWorkspace.create(folder));
		Map<String, String> before = FolderSnapshot.of(folder);
		MailboxWorkspace workspace = WorkspaceStore.open(folder);

		workspace.findMailbox("tanaka@sakura-trading.co.jp").orElseThrow().setQuotaMb(4096);
		WorkspaceStore.save(workspace);

		Map<String, String> after = FolderSnapshot.of(folder);
		for (String file : before.keySet()) {
			if (file.equals("customers/sakura-trading.xmi")) {
				assertNotEquals(before.get(file), after.get(file));
			} else {
				assertEquals(before.get(file), after.get(file), file + " must not be rewritten");
			}
		}
	}

	@Test
	void aFailedSaveLeavesEveryFileAsItWasAndNoTemporaryFiles() throws Exception {
		WorkspaceStore.save(DemoWorkspace.create(folder));
		Map<String, String> before = FolderSnapshot.of(folder);
		MailboxWorkspace workspace = WorkspaceStore.open(folder);
		workspace.findMailbox("tanaka@sakura-trading.co.jp").orElseThrow().setQuotaMb(1);
		workspace.findMailbox("studio@aozora-design.com").orElseThrow().setQuotaMb(2);
		// The second file cannot be written: a folder stands where its temporary file would go.
		StoreFaults.predictableTempNames();
		Path blocker = folder.resolve("customers/sakura-trading.xmi.saving");
		Files.createDirectories(blocker.resolve("x"));
		try {
			assertThrows(IOException.class, () -> WorkspaceStore.save(workspace));
		} finally {
			StoreFaults.reset();
		}

		Files.delete(blocker.resolve("x"));
		Files.delete(blocker);
		assertEquals(before, FolderSnapshot.of(folder));
		WorkspaceStore.save(workspace); // what failed is still to be written
		assertEquals(1, WorkspaceStore.open(folder).findMailbox("tanaka@sakura-trading.co.jp").orElseThrow().getQuotaMb());
	}

	@Test
	void aSymlinkPlantedWhereATemporaryFileWillGoIsNeverFollowed(@TempDir Path elsewhere) throws Exception {
		WorkspaceStore.save(DemoWorkspace.create(folder));
		MailboxWorkspace workspace = WorkspaceStore.open(folder);
		workspace.findMailbox("tanaka@sakura-trading.co.jp").orElseThrow().setQuotaMb(1);
		Path victim = Files.writeString(elsewhere.resolve("victim"), "theirs");
		StoreFaults.predictableTempNames();
		Path planted = Files.createSymbolicLink(folder.resolve("customers/sakura-trading.xmi.saving"), victim);
		try {
			assertThrows(IOException.class, () -> WorkspaceStore.save(workspace));
		} finally {
			StoreFaults.reset();
		}

		assertEquals("theirs", Files.readString(victim));
		Files.delete(planted);
		WorkspaceStore.save(workspace);
		assertEquals(1, WorkspaceStore.open(folder).findMailbox("tanaka@sakura-trading.co.jp").orElseThrow().getQuotaMb());
	}

	@Test
	void aCustomerAddedByAnEditGetsItsOwnFileAndARemovedOneLosesIt() throws Exception {
		WorkspaceStore.save(DemoWorkspace.create(folder));
		MailboxWorkspace workspace = WorkspaceStore.open(folder);
		Customer added = MailboxModels.newCustomer("new/customer", "New");
		added.getDomains().add(MailboxModels.newDomain("new-customer.jp"));
		workspace.root().getCustomers().add(added);
		workspace.root().getCustomers().removeIf(c -> c.getId().equals("midori-clinic"));

		WorkspaceStore.save(workspace);

		Set<String> files = FolderSnapshot.of(folder).keySet();
		assertTrue(files.contains("customers/new_customer.xmi"), files.toString());
		assertFalse(files.contains("customers/midori-clinic.xmi"), files.toString());
		assertEquals(3, WorkspaceStore.open(folder).root().getCustomers().size());
	}

	@Test
	void aRemovedCustomerBroughtBackByUndoIsSavedWhole() throws Exception {
		WorkspaceStore.save(DemoWorkspace.create(folder));
		MailboxWorkspace workspace = WorkspaceStore.open(folder);
		var domain = EditingDomains.create(workspace.resourceSet());
		Customer midori = workspace.root().getCustomers().stream().filter(c -> c.getId().equals("midori-clinic")).findFirst().orElseThrow();
		domain.getCommandStack().execute(RemoveCommand.create(domain, workspace.root(),
				MailboxPackage.Literals.WORKSPACE__CUSTOMERS, midori));
		WorkspaceStore.save(workspace);
		assertFalse(Files.exists(folder.resolve("customers/midori-clinic.xmi")));

		domain.getCommandStack().undo();
		WorkspaceStore.save(workspace);

		MailboxWorkspace reopened = WorkspaceStore.open(folder);
		assertEquals(3, reopened.root().getCustomers().size());
		assertEquals("受付", reopened.findMailbox("uketsuke@midori-clinic.jp").orElseThrow().getDisplayName());
	}

	@Test
	void aBrokenCustomerFileIsNamedWithItsLine() throws Exception {
		WorkspaceStore.save(DemoWorkspace.create(folder));
		Path broken = folder.resolve("customers/midori-clinic.xmi");
		String text = Files.readString(broken);
		int cut = text.indexOf("<mailboxes", text.indexOf("<mailboxes") + 1);
		Files.writeString(broken, text.substring(0, cut) + "<mailboxes address=\"x\" <oops/>\n" + text.substring(cut));
		long line = text.substring(0, cut).chars().filter(c -> c == '\n').count() + 1;

		WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.open(folder));

		assertEquals(broken, e.file());
		assertEquals(line, e.line());
		assertTrue(e.getMessage().startsWith(broken + ":" + line + ": "), e.getMessage());
	}

	@Test
	void aMissingCustomerFileIsNamed() throws Exception {
		WorkspaceStore.save(DemoWorkspace.create(folder));
		Path missing = folder.resolve("customers/aozora-design.xmi");
		Files.delete(missing);

		WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.open(folder));

		assertEquals(missing, e.file());
		assertTrue(e.getMessage().contains("missing"), e.getMessage());
	}

	@Test
	void aFolderWithoutWorkspaceIsRefused() {
		WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.open(folder));
		assertTrue(e.getMessage().contains("workspace.xmi"), e.getMessage());
	}

	@Test
	void modelFilesHoldNoPasswordAttribute() throws Exception {
		WorkspaceStore.save(DemoWorkspace.create(folder));
		for (String content : FolderSnapshot.of(folder).values()) {
			assertFalse(content.toLowerCase().contains("password="), "no password attribute in model files");
		}
		Mailbox any = WorkspaceStore.open(folder).findMailbox("tanaka@sakura-trading.co.jp").orElseThrow();
		assertTrue(any.eClass().getEAllStructuralFeatures().stream().noneMatch(f -> f.getName().toLowerCase().contains("password")));
	}
}
