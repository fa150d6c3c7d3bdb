package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** Sending needs SMTP AUTH with the POP user name and password. */
public final class SmtpAuthRequired extends Constraint<ServiceEndpoint> {
	public SmtpAuthRequired() {
		super("smtp.auth.required", Severity.ERROR, Literals.SERVICE_ENDPOINT);
	}

	@Override
	protected void check(ServiceEndpoint endpoint, RuleContext context) {
		if (endpoint.getProtocol() == Protocol.SMTP && !endpoint.isSmtpAuth()) {
			context.report(endpoint, Literals.SERVICE_ENDPOINT__SMTP_AUTH, endpoint.getHost());
		}
	}
}
