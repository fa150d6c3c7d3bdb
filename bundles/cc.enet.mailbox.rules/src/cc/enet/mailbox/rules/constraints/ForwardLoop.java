package cc.enet.mailbox.rules.constraints;

import java.util.List;

import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** A forwards to B, B back to A (any length, any domain): mail circles for ever. The message shows the path. */
public final class ForwardLoop extends Constraint<Forwarding> {
	public ForwardLoop() {
		super("forward.loop", Severity.ERROR, Literals.FORWARDING);
	}

	@Override
	protected void check(Forwarding forwarding, RuleContext context) {
		if (forwarding.eContainer() instanceof Mailbox mailbox && !forwarding.getTargets().isEmpty()) {
			List<String> path = context.index().loopThrough(mailbox);
			if (!path.isEmpty()) {
				context.report(forwarding, Literals.FORWARDING__TARGETS, String.join(" \u2192 ", path));
			}
		}
	}
}
