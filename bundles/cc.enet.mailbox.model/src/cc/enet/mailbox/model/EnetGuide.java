package cc.enet.mailbox.model;

import java.util.List;

import cc.enet.mailbox.Protocol;

/** Fixed facts from Enet's guide that the model, the rules and the defaults share. */
public final class EnetGuide {

	/** Domains every customer must allow so Enet's own mail is never refused. */
	public static final List<String> ENET_DOMAINS = List.of("enet-corp.com", "enet.cc", "enetj.com");

	/** IMAP host for most mailboxes set up since 2019. */
	public static final String IMAP_HOST = "imap4.hetemail.jp";

	public static final int MAX_FORWARD_TARGETS = 10;

	private EnetGuide() {
	}

	/** The implicit-TLS port the guide requires for a protocol. */
	public static int tlsPort(Protocol protocol) {
		return switch (protocol) {
		case POP3 -> 995;
		case IMAP -> 993;
		case SMTP -> 465;
		};
	}
}
