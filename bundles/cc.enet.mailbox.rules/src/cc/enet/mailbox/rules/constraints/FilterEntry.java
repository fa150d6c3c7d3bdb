package cc.enet.mailbox.rules.constraints;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/**
 * An allow or deny entry the server cannot match ("@enet.cc", "enet..cc", a URL): the sender it was meant for is then
 * neither allowed nor denied, silently.
 */
public final class FilterEntry extends Constraint<Filters> {
	public FilterEntry() {
		super("filter.entry", Severity.ERROR, Literals.FILTERS);
	}

	@Override
	protected void check(Filters filters, RuleContext context) {
		checkAddresses(filters, filters.getAllowAddresses(), Literals.FILTERS__ALLOW_ADDRESSES, context);
		checkAddresses(filters, filters.getDenyAddresses(), Literals.FILTERS__DENY_ADDRESSES, context);
		checkDomains(filters, filters.getAllowDomains(), Literals.FILTERS__ALLOW_DOMAINS, context);
		checkDomains(filters, filters.getDenyDomains(), Literals.FILTERS__DENY_DOMAINS, context);
	}

	private static void checkAddresses(Filters filters, List<String> entries, EAttribute list, RuleContext context) {
		for (String entry : entries) {
			if (!Addresses.isValidAddress(entry)) {
				context.reportWithMessage("filter.entry", filters, list, entry);
			}
		}
	}

	private static void checkDomains(Filters filters, List<String> entries, EAttribute list, RuleContext context) {
		for (String entry : entries) {
			if (!Addresses.isValidDomain(entry)) {
				context.reportWithMessage("filter.entry.domain", filters, list, entry);
			}
		}
	}
}
