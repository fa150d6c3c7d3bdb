package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** A malformed destination bounces every forwarded message. */
public final class ForwardAddress extends Constraint<Forwarding> {
	public ForwardAddress() {
		super("forward.address", Severity.ERROR, Literals.FORWARDING);
	}

	@Override
	protected void check(Forwarding forwarding, RuleContext context) {
		for (String target : forwarding.getTargets()) {
			if (!Addresses.isValidAddress(target)) {
				context.report(forwarding, Literals.FORWARDING__TARGETS, target);
			}
		}
	}
}
