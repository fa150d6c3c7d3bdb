package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailOption;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** The course's free forwarding disables the POP3 option (or E-mail pack 10) for good. */
public final class DomainForwardingConflict extends Constraint<Domain> {
	public DomainForwardingConflict() {
		super("domain.forwarding.conflict", Severity.ERROR, Literals.DOMAIN);
	}

	@Override
	protected void check(Domain domain, RuleContext context) {
		if (domain.isCourseFreeForwarding() && domain.getMailOption() != MailOption.NONE) {
			context.report(domain, Literals.DOMAIN__COURSE_FREE_FORWARDING, domain.getMailOption());
		}
	}
}
