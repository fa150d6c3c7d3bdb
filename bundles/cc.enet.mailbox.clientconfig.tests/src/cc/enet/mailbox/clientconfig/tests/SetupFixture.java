package cc.enet.mailbox.clientconfig.tests;

import java.util.List;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.MailboxModels;

/** A small workspace that passes every error rule, with host names set explicitly as Enet notifies them. */
final class SetupFixture {

	final Workspace workspace = MailboxFactory.eINSTANCE.createWorkspace();
	final Domain sakura = domain("sakura-trading", "さくら商事", "sakura-trading.co.jp");
	final Mailbox tanaka = mailbox(sakura, "tanaka", "田中 太郎");
	final Mailbox suzuki = mailbox(sakura, "suzuki", "Suzuki Hanako");

	SetupFixture() {
		workspace.setName("Setup tests");
		tanaka.setRetention(Retention.LEAVE_DAYS);
		tanaka.setRetentionDays(14);
		tanaka.setQuotaMb(2048);
		tanaka.getForwarding().getTargets().add("suzuki@sakura-trading.co.jp");
		tanaka.getFilters().getDenyDomains().add("spam-example.com");
		tanaka.getFilters().getAllowAddresses().add("boss@partner.co.jp");
		tanaka.getFilters().setRejectVirus(true);
	}

	Domain domain(String customerId, String customerName, String name) {
		Customer customer = MailboxModels.newCustomer(customerId, customerName);
		Domain domain = MailboxModels.newDomain(name);
		endpoint(domain, Protocol.POP3).setHost("pop." + name);
		endpoint(domain, Protocol.SMTP).setHost("smtp." + name);
		customer.setContactName("山本 一郎");
		customer.setContactAddress("yamamoto@" + name);
		customer.getDomains().add(domain);
		workspace.getCustomers().add(customer);
		return domain;
	}

	static Mailbox mailbox(Domain domain, String localPart, String displayName) {
		Mailbox mailbox = MailboxModels.newMailbox(domain, localPart + "@" + domain.getName());
		mailbox.setDisplayName(displayName);
		domain.getMailboxes().add(mailbox);
		return mailbox;
	}

	static ServiceEndpoint endpoint(Domain domain, Protocol protocol) {
		return domain.getEndpoints().stream().filter(e -> e.getProtocol() == protocol).findFirst().orElseThrow();
	}

	static List<String> lines(String text) {
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
