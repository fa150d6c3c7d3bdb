package cc.enet.mailbox.connector.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.internal.ConnectorMessages;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.rules.MailOff;

/**
 * Apply's part of "while a domain's mail is off, nothing goes out for it": the domains whose mail the model records as
 * off (DNS moved away, or the mail option lost) and for which the plan would create or change something on the
 * server. Only those domains' changes are refused; the other domains are applied. Deletions still go: removing the
 * mailboxes of a domain that left stays possible. Reads the model only.
 */
public final class MailOffRefusal {

	private MailOffRefusal() {
	}

	/** Each domain with a planned create or update while its mail is off, once, in plan order. */
	public static List<MailOff> of(Workspace workspace, Plan plan) {
		return new ArrayList<>(byDomain(workspace, plan).values());
	}

	/** {@link #of} by domain name. */
	public static Map<String, MailOff> byDomain(Workspace workspace, Plan plan) {
		Map<String, Domain> domains = new LinkedHashMap<>();
		for (Customer customer : workspace.getCustomers()) {
			for (Domain domain : customer.getDomains()) {
				domains.putIfAbsent(domain.getName(), domain);
			}
		}
		Map<String, MailOff> refused = new LinkedHashMap<>();
		for (PlanEntry entry : plan.entries()) {
			if (entry.change() != null && refuses(entry.change()) && entry.domain() != null
					&& !refused.containsKey(entry.domain())) {
				MailOff.of(domains.get(entry.domain())).ifPresent(off -> refused.put(entry.domain(), off));
			}
		}
		return refused;
	}

	/** Whether a change is held back while its domain's mail is off: all but a deletion. */
	public static boolean refuses(Change change) {
		return !(change instanceof Change.DeleteMailbox);
	}

	/** The result text of a change held back: nothing was sent, and why the domain's mail is off. */
	public static ConnectorText reason(MailOff off) {
		return ConnectorMessages.text("result.mailOff", ConnectorText.worded("mailoff " + off.domain(), off::message));
	}
}
