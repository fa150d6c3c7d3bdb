package cc.enet.mailbox.rules.constraints;

import java.util.List;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** An address is one account on the server; two mailboxes with it would overwrite each other. */
public final class MailboxDuplicate extends Constraint<Mailbox> {
	public MailboxDuplicate() {
		super("mailbox.duplicate", Severity.ERROR, Literals.MAILBOX);
	}

	@Override
	protected void check(Mailbox mailbox, RuleContext context) {
		if (!context.index().anyAddressShared()) {
			return; // one look-up per mailbox saved: the index knows no address is taken twice
		}
		List<Mailbox> same = context.index().mailboxes(mailbox.getAddress());
		if (same.size() > 1) {
			context.report(mailbox, Literals.MAILBOX__ADDRESS, mailbox.getAddress(), String.valueOf(same.size()));
		}
	}
}
