package cc.enet.mailbox.rules.constraints;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/**
 * One entry both allowed and denied. The guide defines the result (an allowed sender is received unconditionally), so
 * the deny entry is dead weight that misleads whoever reads the list: a warning.
 */
public final class FilterConflict extends Constraint<Filters> {
	public FilterConflict() {
		super("filter.conflict", Severity.WARNING, Literals.FILTERS);
	}

	@Override
	protected void check(Filters filters, RuleContext context) {
		reportBoth(filters, filters.getAllowAddresses(), filters.getDenyAddresses(), Literals.FILTERS__DENY_ADDRESSES, context);
		reportBoth(filters, filters.getAllowDomains(), filters.getDenyDomains(), Literals.FILTERS__DENY_DOMAINS, context);
	}

	private static void reportBoth(Filters filters, List<String> allow, List<String> deny, EAttribute feature,
			RuleContext context) {
		if (allow.isEmpty() || deny.isEmpty()) {
			return;
		}
		Set<String> allowed = new HashSet<>();
		allow.forEach(entry -> allowed.add(Addresses.key(entry)));
		Set<String> both = new LinkedHashSet<>();
		for (String entry : deny) {
			if (allowed.contains(Addresses.key(entry))) {
				both.add(entry);
			}
		}
		for (String entry : both) {
			context.report(filters, feature, entry);
		}
	}
}
