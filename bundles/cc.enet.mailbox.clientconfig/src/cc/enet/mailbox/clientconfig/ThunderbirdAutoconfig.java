package cc.enet.mailbox.clientconfig;

import static cc.enet.mailbox.clientconfig.internal.XmlOutput.add;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import cc.enet.mailbox.Retention;
import cc.enet.mailbox.clientconfig.internal.ClientConfigText;
import cc.enet.mailbox.clientconfig.internal.XmlOutput;

/**
 * Thunderbird's autoconfig file, {@code config-v1.1.xml}: POP3 first (the guide's recommended way), IMAP second,
 * SMTP; SSL from the start and the normal password everywhere. The only format that can carry "leave on the server,
 * delete after N days".
 */
public final class ThunderbirdAutoconfig {

	/** Autoconfig's placeholder for the address the user typed: a published domain file serves every mailbox. */
	static final String ADDRESS_PLACEHOLDER = "%EMAILADDRESS%";

	private ThunderbirdAutoconfig() {
	}

	public static void write(ClientSetup setup, OutputStream out) throws IOException {
		XmlOutput.write(document(setup), out);
	}

	static Document document(ClientSetup setup) {
		Document document = XmlOutput.newDocument();
		Element config = document.createElement("clientConfig");
		config.setAttribute("version", "1.1");
		document.appendChild(config);
		Element provider = add(config, "emailProvider");
		provider.setAttribute("id", setup.domain());
		add(provider, "domain", setup.domain());
		add(provider, "displayName", ClientConfigText.get(Locale.ROOT, "provider.displayName", setup.domain()));
		add(provider, "displayShortName", setup.domain());
		String user = setup.forDomainOnly() ? ADDRESS_PLACEHOLDER : setup.userName();
		Element pop3 = server(provider, "incomingServer", "pop3", setup.pop3(), user);
		Element pop3Options = add(pop3, "pop3");
		add(pop3Options, "leaveMessagesOnServer", setup.leavesMailOnServer());
		if (setup.retention() == Retention.LEAVE_DAYS) {
			add(pop3Options, "daysToLeaveMessagesOnServer", setup.retentionDays());
		}
		if (setup.imap() != null) {
			server(provider, "incomingServer", "imap", setup.imap(), user);
		}
		server(provider, "outgoingServer", "smtp", setup.smtp(), user);
		Element documentation = add(provider, "documentation");
		documentation.setAttribute("url", ClientSetup.WEBMAIL_URL);
		for (Locale locale : new Locale[] { Locale.JAPANESE, Locale.ENGLISH }) {
			Element descr = add(documentation, "descr", ClientConfigText.get(locale, "provider.webmail"));
			descr.setAttribute("lang", locale.getLanguage());
		}
		return document;
	}

	private static Element server(Element provider, String element, String type, ServerSetting server, String user) {
		Element e = add(provider, element);
		e.setAttribute("type", type);
		add(e, "hostname", server.host());
		add(e, "port", server.port());
		add(e, "socketType", "SSL");
		add(e, "username", user);
		add(e, "authentication", "password-cleartext");
		return e;
	}
}
