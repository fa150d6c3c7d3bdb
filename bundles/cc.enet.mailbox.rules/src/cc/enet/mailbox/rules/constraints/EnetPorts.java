package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.model.EnetGuide;

/** The guide's TLS port of an endpoint's protocol (POP3 995, IMAP 993, SMTP 465). */
final class EnetPorts {
	private EnetPorts() {
	}

	static int tlsPort(ServiceEndpoint endpoint) {
		return EnetGuide.tlsPort(endpoint.getProtocol());
	}
}
