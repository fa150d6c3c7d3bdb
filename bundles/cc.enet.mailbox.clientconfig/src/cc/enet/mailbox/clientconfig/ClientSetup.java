package cc.enet.mailbox.clientconfig;

import java.util.List;

import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;

/**
 * What a mail client needs for one mailbox (or, with {@code address == null}, for any mailbox of a domain), taken
 * from a model that has passed the guide's error rules. Every format is written from this and only this.
 *
 * @param imap null when the domain offers no IMAP
 * @param quotaMb null when staff set no quota: the server's default, which is nobody's to promise on a sheet
 */
public record ClientSetup(String domain, String address, String displayName, ServerSetting pop3, ServerSetting imap,
		ServerSetting smtp, Integer quotaMb, Retention retention, int retentionDays, SendEncoding sendEncoding,
		List<String> forwardTargets, boolean forwardKeepCopy, List<String> allowAddresses, List<String> allowDomains,
		List<String> denyAddresses, List<String> denyDomains, boolean rejectVirus, boolean rejectSpam,
		SetupContacts contacts) {

	/** Where customers read and change forwarding, filters and the send encoding. */
	public static final String WEBMAIL_URL = "https://enet.cc/webmail/";

	public ClientSetup {
		forwardTargets = List.copyOf(forwardTargets);
		allowAddresses = List.copyOf(allowAddresses);
		allowDomains = List.copyOf(allowDomains);
		denyAddresses = List.copyOf(denyAddresses);
		denyDomains = List.copyOf(denyDomains);
		contacts = contacts == null ? SetupContacts.NONE : contacts;
	}

	/** The guide: the mail address is the POP, IMAP and SMTP AUTH user name. */
	public String userName() {
		return address;
	}

	public boolean forDomainOnly() {
		return address == null;
	}

	/** Whether the client leaves a copy on the server (then only with "delete after N days"). */
	public boolean leavesMailOnServer() {
		return retention != Retention.DELETE_AFTER_DOWNLOAD;
	}
}
