package cc.enet.mailbox.rules.tests;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.MailboxModels;

/** Small valid workspaces for the rule tests: each test breaks exactly one thing. */
final class Models {
	private Models() {
	}

	/** The POP3 and SMTP hosts every test domain was notified (a new domain has none until staff enter them). */
	static final String POP3_HOST = "pop3.hetemail.jp";
	static final String SMTP_HOST = "smtp.hetemail.jp";

	static Workspace workspace(String... domains) {
		Workspace workspace = MailboxFactory.eINSTANCE.createWorkspace();
		for (String name : domains) {
			Customer customer = MailboxModels.newCustomer(name, name);
			Domain domain = MailboxModels.newDomain(name);
			domain.getEndpoints().get(0).setHost(POP3_HOST);
			domain.getEndpoints().get(2).setHost(SMTP_HOST);
			customer.getDomains().add(domain);
			workspace.getCustomers().add(customer);
		}
		return workspace;
	}

	static Domain domain(Workspace workspace, String name) {
		return workspace.getCustomers().stream().flatMap(c -> c.getDomains().stream())
				.filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
	}

	static Mailbox mailbox(Workspace workspace, String address) {
		Domain domain = domain(workspace, address.substring(address.indexOf('@') + 1));
		Mailbox mailbox = MailboxModels.newMailbox(domain, address);
		domain.getMailboxes().add(mailbox);
		return mailbox;
	}
}
