package cc.enet.mailbox.connector.ui.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.core.credentials.CredentialEdits;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;

/** Workspaces of many new mailboxes on one server named "memory", for the Review Changes tests at size. */
final class MemoryWorkspaces {

	private MemoryWorkspaces() {
	}

	/**
	 * Creates {@code folder/name}: {@code domains} customers of one domain each ({@code dNNN.name.test}), each with
	 * {@code perDomain} mailboxes ({@code uNNN@...}, password {@code Name-Pa55-D-U}), and the server "memory" of kind {@code kind}. The passwords go into the real secure
	 * storage in one write, as the console's CSV import stores them.
	 */
	static Path create(Path folder, String name, String kind, int domains, int perDomain) throws Exception {
		Path ws = folder.resolve(name);
		MailboxWorkspace workspace = WorkspaceStore.create(ws, name);
		String pop3 = "pop3." + name + ".example";
		String smtp = "smtp." + name + ".example";
		workspace.root().getEnetHosts().addAll(List.of(pop3, smtp));
		String password = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "-Pa55-";
		CredentialEdits passwords = new CredentialEdits();
		for (int d = 0; d < domains; d++) {
			Customer customer = MailboxModels.newCustomer("C" + d, "Customer " + d);
			Domain domain = MailboxModels.newDomain(String.format(Locale.ROOT, "d%03d.%s.test", d, name));
			domain.getEndpoints().get(0).setHost(pop3);
			domain.getEndpoints().get(2).setHost(smtp);
			customer.getDomains().add(domain);
			workspace.root().getCustomers().add(customer);
			for (int u = 0; u < perDomain; u++) {
				String address = String.format(Locale.ROOT, "u%03d@%s", u, domain.getName());
				domain.getMailboxes().add(MailboxModels.newMailbox(domain, address));
				passwords.store(address, (password + d + "-" + u).toCharArray());
			}
		}
		MailServer memory = MailboxFactory.eINSTANCE.createMailServer();
		memory.setName("memory");
		memory.setKind(kind);
		memory.setUrl("https://memory." + name + ".example");
		workspace.root().getServers().add(memory);
		WorkspaceStore.save(workspace);
		MailboxPasswords.of(SecureStorageCredentialStore.openDefault(), ws).update(passwords);
		passwords.clear();
		return ws;
	}
}
