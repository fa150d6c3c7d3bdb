package cc.enet.mailbox.clientconfig.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.test.support.DnsServer;
import cc.enet.mailbox.clientconfig.ui.probe.ProbeOptions;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.ProblemsViewBot;
import cc.enet.mailbox.ui.tests.bots.Ui;

/**
 * Test Settings checks each domain's DNS first, against a real DNS server (dnsmasq on 127.0.0.1:53510): the answer is
 * recorded on the domain as one command (Undo takes it back), the navigator's Mail / DNS column shows it, and dns.mx
 * shows in the Problems view. No mail server runs: only the DNS step is looked at.
 */
class DnsCheckConsoleTest {

	/** The Mail / DNS cell of a domain never checked, whose IMAP host staff have not confirmed either. */
	private static final String NOT_CHECKED = "DNS not checked \u00b7 IMAP host not confirmed";

	private static DnsServer dns;
	private static Path folder;

	@BeforeAll
	@SuppressWarnings("resource") // closed after all
	static void startDns() throws Exception {
		dns = new DnsServer(53510).zone("test").zone("example").zone("hetemail.jp")
				.mx("moved.test", "mx.other-provider.example", 10).mx("enet.test", "pop3.enet.example", 10)
				.a("pop3.enet.example", "127.0.0.11").a("imap4.hetemail.jp", "127.0.0.12").start();
		folder = Files.createTempDirectory("mailbox-dns-console");
		ProbeOptions.preferences().put(ProbeOptions.RESOLVER, dns.resolver());
		ProbeOptions.preferences().putInt(ProbeOptions.TIMEOUT_SECONDS, 1);
	}

	@AfterAll
	static void stopDns() throws Exception {
		ProbeOptions.preferences().remove(ProbeOptions.RESOLVER);
		ProbeOptions.preferences().remove(ProbeOptions.TIMEOUT_SECONDS);
		dns.close();
	}

	@Test
	void testSettingsRecordsEachDomainsDnsAndMarksMailThatNoLongerReachesEnet() throws Exception {
		Path ws = folder.resolve("ws");
		MailboxWorkspace workspace = WorkspaceStore.create(ws, "dns");
		Customer customer = MailboxModels.newCustomer("C-1", "DNS Trading");
		workspace.root().getCustomers().add(customer);
		for (String name : new String[] { "moved.test", "enet.test" }) {
			Domain domain = MailboxModels.newDomain(name);
			domain.getEndpoints().get(0).setHost("pop3.enet.example");
			domain.getEndpoints().get(2).setHost("127.0.0.1"); // nothing listens: the mailbox steps fail at once
			domain.getMailboxes().add(MailboxModels.newMailbox(domain, "info@" + name));
			customer.getDomains().add(domain);
		}
		WorkspaceStore.save(workspace);

		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(ws);
		assertEquals(NOT_CHECKED, console.navigator().row("moved.test").get(4));
		console.navigator().contextMenu("moved.test", "Test Settings");
		console.probeResults().waitUntilDone();
		assertTrue(console.probeResults().rows("moved.test", "DNS").stream()
				.anyMatch(r -> r.step().equals("DNS") && r.result().equals("FAILED")
						&& r.detail().startsWith("MX points elsewhere: MX 10 mx.other-provider.example")),
				console.probeResults().rows()::toString);
		Domain moved = console.session().workspace().findDomain("moved.test").orElseThrow();
		assertTrue(moved.isDnsExternal());
		Ui.waitUntil("the navigator shows moved.test's mail off",
				() -> console.navigator().row("moved.test").get(4).startsWith("Mail off since"));
		ProblemsViewBot.Row row = console.problems().waitForRow("dns.mx", "moved.test");
		assertEquals(IMarker.SEVERITY_ERROR, row.marker().getAttribute(IMarker.SEVERITY, -1));
		assertTrue(row.description().contains("mx.other-provider.example is not Enet's"), row.description());

		CommandStack stack = console.session().editingDomain().getCommandStack();
		assertEquals("Record the DNS check of moved.test", Ui.sync(() -> stack.getUndoCommand().getLabel()));
		Ui.sync(() -> {
			stack.undo();
			return null;
		});
		assertFalse(moved.isDnsExternal());
		Ui.waitUntil("the navigator shows the check undone",
				() -> console.navigator().row("moved.test").get(4).equals(NOT_CHECKED));
		Ui.sync(() -> {
			stack.redo();
			return null;
		});
		assertTrue(moved.isDnsExternal());

		console.navigator().contextMenu("enet.test", "Test Settings");
		console.probeResults().waitUntilDone();
		Ui.waitUntil("the navigator shows enet.test's MX as Enet's",
				() -> console.navigator().row("enet.test").get(4).startsWith("MX is Enet's (checked"));
		assertFalse(console.session().workspace().findDomain("enet.test").orElseThrow().isDnsExternal());
	}
}
