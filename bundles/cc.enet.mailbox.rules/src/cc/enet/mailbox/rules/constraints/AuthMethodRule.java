package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** "Secure authentication" (APOP, CRAM-MD5, NTLM, Kerberos, SPA) fails here: only normal password inside TLS works. */
public final class AuthMethodRule extends Constraint<ServiceEndpoint> {
	public AuthMethodRule() {
		super("auth.method", Severity.ERROR, Literals.SERVICE_ENDPOINT);
	}

	@Override
	protected void check(ServiceEndpoint endpoint, RuleContext context) {
		if (endpoint.getAuthentication() != AuthMethod.NORMAL_PASSWORD) {
			context.report(endpoint, Literals.SERVICE_ENDPOINT__AUTHENTICATION, endpoint.getProtocol(),
					endpoint.getAuthentication());
		}
	}
}
