package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** A kept copy fills the mailbox unless the customer also receives it. */
public final class ForwardKeepCopy extends Constraint<Forwarding> {
	public ForwardKeepCopy() {
		super("forward.keepcopy", Severity.WARNING, Literals.FORWARDING);
	}

	@Override
	protected void check(Forwarding forwarding, RuleContext context) {
		if (forwarding.isKeepCopy() && !forwarding.getTargets().isEmpty()) {
			context.report(forwarding, Literals.FORWARDING__KEEP_COPY);
		}
	}
}
