package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** A mailbox forwarding to itself loops at once; keeping a copy is the keep-copy switch, not a target. */
public final class ForwardSelf extends Constraint<Forwarding> {
	public ForwardSelf() {
		super("forward.self", Severity.ERROR, Literals.FORWARDING);
	}

	@Override
	protected void check(Forwarding forwarding, RuleContext context) {
		if (!(forwarding.eContainer() instanceof Mailbox mailbox)) {
			return;
		}
		String self = Addresses.key(mailbox.getAddress());
		for (String target : forwarding.getTargets()) {
			if (Addresses.key(target).equals(self)) {
				context.report(forwarding, Literals.FORWARDING__TARGETS, mailbox.getAddress());
				return;
			}
		}
	}
}
