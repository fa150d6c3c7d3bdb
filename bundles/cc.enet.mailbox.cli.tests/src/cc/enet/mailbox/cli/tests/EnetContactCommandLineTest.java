package cc.enet.mailbox.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/** Enet's support and change-request channel once per workspace; the customer's contact from the domain CSV. */
class EnetContactCommandLineTest {

	@TempDir
	Path dir;
	Path demo;
	final CommandLineRunner mailbox = new CommandLineRunner();

	@BeforeEach
	void demoWorkspace() throws Exception {
		demo = dir.resolve("demo");
		WorkspaceStore.save(DemoWorkspace.create(demo));
	}

	@Test
	void supportAndChangeRequestAreSetOnceForTheWorkspaceAndShown() throws Exception {
		assertEquals(0, mailbox.run("enet-contact", demo.toString(), "--support", "Enet サポート 03-0000-0000",
				"--change-request", "https://enet.example/change", "--lang", "en"));
		assertTrue(mailbox.out().contains("Support contact: Enet サポート 03-0000-0000"), mailbox.out());
		Workspace root = WorkspaceStore.open(demo).root();
		assertEquals("Enet サポート 03-0000-0000", root.getSupportContact());
		assertEquals("https://enet.example/change", root.getChangeRequest());

		assertEquals(0, mailbox.run("enet-contact", demo.toString(), "--support", "", "--lang", "ja"));
		assertTrue(mailbox.out().contains("サポート窓口: (未設定)"), mailbox.out());
		assertTrue(mailbox.out().contains("内容変更申請: https://enet.example/change"), mailbox.out());
	}

	@Test
	void theDomainCsvSetsTheCustomersContactAndRefusesTwoDifferentOnes() throws Exception {
		Path csv = dir.resolve("contacts.csv");
		Files.writeString(csv, "domain,contact_name,contact_address,imap_host_confirmed\n"
				+ "aozora-design.com,木村 健,kimura@aozora-design.com,yes\n");
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", demo.toString()));
		var aozora = WorkspaceStore.open(demo).findMailbox("studio@aozora-design.com").orElseThrow().getDomain();
		assertEquals("木村 健", aozora.getCustomer().getContactName());
		assertEquals("kimura@aozora-design.com", aozora.getCustomer().getContactAddress());
		assertTrue(aozora.getEndpoints().get(1).isHostConfirmed());

		Files.writeString(csv, "domain,customer,contact_address\n" + "c.example,other,not-an-address\n");
		assertEquals(2, mailbox.run("import", csv.toString(), "--into", demo.toString(), "--lang", "en"));
		assertTrue(mailbox.err().contains(csv + ":2: contact_address: \"not-an-address\" is not a mail address"),
				mailbox.err());
		Files.writeString(csv, "domain,customer,contact_address\n" + "a.example,acme,one@a.example\n"
				+ "b.example,acme,two@a.example\n");
		assertEquals(2, mailbox.run("import", csv.toString(), "--into", demo.toString(), "--lang", "en"));
		assertTrue(mailbox.err().contains(csv + ":3: contact_address: \"two@a.example\" differs from \"one@a.example\""),
				mailbox.err());
	}

	@Test
	void sendSetupGoesToTheCustomersContactUnlessToIsGivenAndNamesACustomerWithoutOne() throws Exception {
		assertEquals(2, mailbox.run("send-setup", demo.toString(), "--mailbox", "studio@aozora-design.com", "--lang",
				"en"));
		assertTrue(mailbox.err().contains("Customer aozora-design has no contact address"), mailbox.err());
	}
}
