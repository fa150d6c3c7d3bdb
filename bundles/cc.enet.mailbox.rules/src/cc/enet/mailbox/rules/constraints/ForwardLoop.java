package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.ForwardingLoop;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/**
 * A forwards to B, B back to A (any length, any domain, also through addresses only the server holds): mail circles
 * for ever. The message shows the path and marks the hops that exist only on the server.
 */
public final class ForwardLoop extends Constraint<Forwarding> {
	public ForwardLoop() {
		super("forward.loop", Severity.ERROR, Literals.FORWARDING);
	}

	@Override
	protected void check(Forwarding forwarding, RuleContext context) {
		if (forwarding.eContainer() instanceof Mailbox mailbox && !forwarding.getTargets().isEmpty()) {
			ForwardingLoop loop = context.index().loopThrough(mailbox);
			if (loop.isEmpty()) {
				return;
			}
			if (loop.serverOnly().isEmpty()) {
				context.report(forwarding, Literals.FORWARDING__TARGETS, loop.display());
			} else {
				context.reportWithMessage("forward.loop.server", forwarding, Literals.FORWARDING__TARGETS, loop.display(),
						String.join(", ", loop.serverOnly().stream().sorted().toList()));
			}
		}
	}
}
