package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.model.DomainServers;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;

import cc.enet.mailbox.rules.Severity;

/**
 * Each domain lives on one of the workspace's servers. A domain that names none while the workspace has several
 * (or names one the workspace does not define) is applied nowhere: plan and apply leave it out instead of sending it to
 * every server. A warning, so that the other domains are still applied.
 */
public final class DomainServer extends Constraint<Domain> {
	public DomainServer() {
		super("domain.server", Severity.WARNING, Literals.DOMAIN);
	}

	@Override
	protected void check(Domain domain, RuleContext context) {
		DomainServers.Assignment assignment = DomainServers.assignment(domain);
		switch (assignment.how()) {
		case UNKNOWN_SERVER -> context.reportWithMessage("domain.server.unknown", domain, Literals.DOMAIN__SERVER,
				domain.getName(), domain.getServer().strip());
		case AMBIGUOUS -> context.reportWithMessage("domain.server.ambiguous", domain, Literals.DOMAIN__SERVER,
				domain.getName(), String.join(", ", assignment.candidates()));
		case NONE -> context.report(domain, Literals.DOMAIN__SERVER, domain.getName());
		default -> {
			// found, or a workspace without servers: nothing to apply it to yet
		}
		}
	}
}
