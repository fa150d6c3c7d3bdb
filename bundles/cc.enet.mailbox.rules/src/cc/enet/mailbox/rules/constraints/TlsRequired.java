package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** The guide requires TLS for receiving and for sending. */
public final class TlsRequired extends Constraint<ServiceEndpoint> {
	public TlsRequired() {
		super("tls.required", Severity.ERROR, Literals.SERVICE_ENDPOINT);
	}

	@Override
	protected void check(ServiceEndpoint endpoint, RuleContext context) {
		if (endpoint.getTls() == TlsMode.NONE) {
			context.report(endpoint, Literals.SERVICE_ENDPOINT__TLS, endpoint.getProtocol(), String.valueOf(endpoint.getPort()));
		}
	}
}
