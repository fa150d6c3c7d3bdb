package cc.enet.mailbox.model;

import java.util.ArrayList;
import java.util.List;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;

/**
 * Every domain or mailbox of a workspace in model order (customer by customer, domain by domain): the one walk
 * the checks, the store, CSV, the planner and the screens share. Hand-written beside the generated model, so a
 * regeneration keeps it.
 */
public final class WorkspaceWalk {

	private WorkspaceWalk() {
	}

	public static List<Domain> domains(Workspace workspace) {
		List<Domain> domains = new ArrayList<>();
		for (Customer customer : workspace.getCustomers()) {
			domains.addAll(customer.getDomains());
		}
		return domains;
	}

	public static List<Mailbox> mailboxes(Workspace workspace) {
		List<Mailbox> mailboxes = new ArrayList<>();
		for (Customer customer : workspace.getCustomers()) {
			mailboxes.addAll(mailboxes(customer));
		}
		return mailboxes;
	}

	public static List<Mailbox> mailboxes(Customer customer) {
		List<Mailbox> mailboxes = new ArrayList<>();
		for (Domain domain : customer.getDomains()) {
			mailboxes.addAll(domain.getMailboxes());
		}
		return mailboxes;
	}

	/** How many mailboxes, without building a list (a table's row count, asked often at 100,000 rows). */
	public static int mailboxCount(Workspace workspace) {
		int count = 0;
		for (Customer customer : workspace.getCustomers()) {
			count += mailboxCount(customer);
		}
		return count;
	}

	public static int mailboxCount(Customer customer) {
		int count = 0;
		for (Domain domain : customer.getDomains()) {
			count += domain.getMailboxes().size();
		}
		return count;
	}
}
