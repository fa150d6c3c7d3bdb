package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** STARTTLS is for servers taking TLS on 110/25; Enet takes it from the first byte on 995/465/993. */
public final class TlsStarttls extends Constraint<ServiceEndpoint> {
	public TlsStarttls() {
		super("tls.starttls", Severity.ERROR, Literals.SERVICE_ENDPOINT);
	}

	@Override
	protected void check(ServiceEndpoint endpoint, RuleContext context) {
		if (endpoint.getTls() == TlsMode.STARTTLS) {
			context.report(endpoint, Literals.SERVICE_ENDPOINT__TLS, endpoint.getProtocol(),
					String.valueOf(EnetPorts.tlsPort(endpoint)));
		}
	}
}
