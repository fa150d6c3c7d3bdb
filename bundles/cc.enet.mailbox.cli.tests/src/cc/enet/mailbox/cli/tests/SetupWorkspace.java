package cc.enet.mailbox.cli.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;

/**
 * What the setup and option tests start from: {@link #ws}, a workspace saved to disk before each test with two
 * customers whose domains have their notified hosts (pop. and smtp. before the domain name), {@value #ADDRESS}
 * (田中 太郎) and uketsuke@midori-clinic.jp; and {@link #mailbox}, the command line run in-process.
 */
abstract class SetupWorkspace {

	static final String ADDRESS = "tanaka@sakura-trading.co.jp";

	@TempDir
	Path dir;
	Path ws;
	final CommandLineRunner mailbox = new CommandLineRunner();

	@BeforeEach
	void workspace() throws IOException {
		ws = create(dir);
	}

	private static Path create(Path dir) throws IOException {
		Path ws = dir.resolve("ws");
		MailboxWorkspace workspace = WorkspaceStore.create(ws, "Setup");
		Domain sakura = domain(workspace, "sakura-trading", "sakura-trading.co.jp");
		Mailbox tanaka = MailboxModels.newMailbox(sakura, ADDRESS);
		tanaka.setDisplayName("田中 太郎");
		sakura.getMailboxes().add(tanaka);
		Domain midori = domain(workspace, "midori-clinic", "midori-clinic.jp");
		Mailbox uketsuke = MailboxModels.newMailbox(midori, "uketsuke@midori-clinic.jp");
		midori.getMailboxes().add(uketsuke);
		WorkspaceStore.save(workspace);
		return ws;
	}

	static ServiceEndpoint endpoint(Domain domain, Protocol protocol) {
		return domain.getEndpoints().stream().filter(e -> e.getProtocol() == protocol).findFirst().orElseThrow();
	}

	private static Domain domain(MailboxWorkspace workspace, String customerId, String name) {
		Customer customer = MailboxModels.newCustomer(customerId, customerId);
		Domain domain = MailboxModels.newDomain(name);
		endpoint(domain, Protocol.POP3).setHost("pop." + name);
		endpoint(domain, Protocol.SMTP).setHost("smtp." + name);
		customer.getDomains().add(domain);
		workspace.root().getCustomers().add(customer);
		return domain;
	}
}
