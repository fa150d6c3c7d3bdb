package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** With MX or DNS moved away, the mail service here stops: mail must be set up where DNS now points. */
public final class DomainDnsExternal extends Constraint<Domain> {
	public DomainDnsExternal() {
		super("domain.dns.external", Severity.WARNING, Literals.DOMAIN);
	}

	@Override
	protected void check(Domain domain, RuleContext context) {
		if (domain.isDnsExternal()) {
			context.report(domain, Literals.DOMAIN__DNS_EXTERNAL, domain.getName());
		}
	}
}
