package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** The spam filter has no accuracy guarantee: important mail may be judged spam and lost. */
public final class FilterSpamAccuracy extends Constraint<Filters> {
	public FilterSpamAccuracy() {
		super("filter.spam.accuracy", Severity.INFO, Literals.FILTERS);
	}

	@Override
	protected void check(Filters filters, RuleContext context) {
		if (filters.isRejectSpam()) {
			context.report(filters, Literals.FILTERS__REJECT_SPAM);
		}
	}
}
