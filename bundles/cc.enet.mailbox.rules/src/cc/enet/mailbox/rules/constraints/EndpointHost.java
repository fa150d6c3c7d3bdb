package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/**
 * A customer's POP3, IMAP and SMTP servers are the host names Enet notified: never a guess. No host (or one that is
 * not a host name) is an error; a host outside the workspace's list of Enet's server names is questioned.
 */
public final class EndpointHost extends Constraint<ServiceEndpoint> {
	public EndpointHost() {
		super("endpoint.host", Severity.ERROR, Literals.SERVICE_ENDPOINT);
	}

	@Override
	protected void check(ServiceEndpoint endpoint, RuleContext context) {
		String host = endpoint.getHost() == null ? "" : endpoint.getHost().trim();
		if (host.isEmpty()) {
			String domain = endpoint.eContainer() instanceof Domain owner ? owner.getName() : "";
			context.report(endpoint, Literals.SERVICE_ENDPOINT__HOST, endpoint.getProtocol(), domain);
		} else if (!Addresses.isValidDomain(host)) {
			context.reportWithMessage("endpoint.host.invalid", endpoint, Literals.SERVICE_ENDPOINT__HOST,
					endpoint.getProtocol(), host);
		} else if (!context.index().isEnetHost(host)) {
			context.reportWithSeverity(Severity.WARNING, "endpoint.host.unknown", endpoint,
					Literals.SERVICE_ENDPOINT__HOST, endpoint.getProtocol(), host);
		}
	}
}
