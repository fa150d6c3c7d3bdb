package cc.enet.mailbox.clientconfig;

import static cc.enet.mailbox.clientconfig.internal.XmlOutput.add;

import java.io.IOException;
import java.io.OutputStream;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import cc.enet.mailbox.clientconfig.internal.XmlOutput;

/**
 * Outlook's Autodiscover answer (POX) for one address: POP3, IMAP and SMTP with SSL on (TLS from the connect, never
 * STARTTLS), SPA off (the normal password) and authentication required for sending, with the POP3 credentials.
 */
public final class OutlookAutodiscover {

	public static final String RESPONSE_NS = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
	public static final String OUTLOOK_NS = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

	private OutlookAutodiscover() {
	}

	public static void write(ClientSetup setup, OutputStream out) throws IOException {
		XmlOutput.write(document(setup), out);
	}

	static Document document(ClientSetup setup) {
		if (setup.forDomainOnly()) {
			throw new IllegalArgumentException("Autodiscover answers for one address");
		}
		Document document = XmlOutput.newDocument();
		Element root = document.createElementNS(RESPONSE_NS, "Autodiscover");
		document.appendChild(root);
		Element response = document.createElementNS(OUTLOOK_NS, "Response");
		root.appendChild(response);
		add(add(response, "User"), "DisplayName", setup.displayName());
		Element account = add(response, "Account");
		add(account, "AccountType", "email");
		add(account, "Action", "settings");
		protocol(account, "POP3", setup.pop3(), setup);
		if (setup.imap() != null) {
			protocol(account, "IMAP", setup.imap(), setup);
		}
		Element smtp = protocol(account, "SMTP", setup.smtp(), setup);
		add(smtp, "UsePOPAuth", "on");
		return document;
	}

	private static Element protocol(Element account, String type, ServerSetting server, ClientSetup setup) {
		Element p = add(account, "Protocol");
		add(p, "Type", type);
		add(p, "Server", server.host());
		add(p, "Port", server.port());
		add(p, "LoginName", setup.userName());
		add(p, "DomainRequired", "off");
		add(p, "SPA", "off");
		add(p, "SSL", "on");
		add(p, "AuthRequired", "on");
		return p;
	}
}
