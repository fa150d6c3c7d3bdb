package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** Implicit TLS only answers on 995/993/465, and those ports only speak TLS. */
public final class PortMismatch extends Constraint<ServiceEndpoint> {
	public PortMismatch() {
		super("port.mismatch", Severity.ERROR, Literals.SERVICE_ENDPOINT);
	}

	@Override
	protected void check(ServiceEndpoint endpoint, RuleContext context) {
		int expected = EnetPorts.tlsPort(endpoint);
		String port = String.valueOf(endpoint.getPort());
		if (endpoint.getTls() == TlsMode.IMPLICIT && endpoint.getPort() != expected) {
			context.report(endpoint, Literals.SERVICE_ENDPOINT__PORT, endpoint.getProtocol(), port, String.valueOf(expected));
		} else if (endpoint.getTls() != TlsMode.IMPLICIT && endpoint.getPort() == expected) {
			context.reportWithMessage("port.mismatch.notls", endpoint, Literals.SERVICE_ENDPOINT__PORT,
					endpoint.getProtocol(), port);
		}
	}
}
