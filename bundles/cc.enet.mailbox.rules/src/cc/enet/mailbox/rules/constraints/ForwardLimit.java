package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.model.EnetGuide;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** Webmail takes at most ten forwarding destinations. */
public final class ForwardLimit extends Constraint<Forwarding> {
	public ForwardLimit() {
		super("forward.limit", Severity.ERROR, Literals.FORWARDING);
	}

	@Override
	protected void check(Forwarding forwarding, RuleContext context) {
		int count = forwarding.getTargets().size();
		if (count > EnetGuide.MAX_FORWARD_TARGETS) {
			context.report(forwarding, Literals.FORWARDING__TARGETS, String.valueOf(count),
					String.valueOf(EnetGuide.MAX_FORWARD_TARGETS));
		}
	}
}
