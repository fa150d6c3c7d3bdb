package cc.enet.mailbox.clientconfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.XMLPropertyListWriter;

import cc.enet.mailbox.clientconfig.internal.ClientConfigText;

/**
 * An Apple configuration profile ({@code .mobileconfig}) with one POP mail account: SSL in and out, the normal
 * password, the display name as account name, the address as user name. Apple has no STARTTLS flag and no "leave on
 * server" key, so the POP account is as the guide wants by construction. Signed when a {@link ProfileSigner} is given.
 */
public final class AppleProfile {

	public static final String MAIL_PAYLOAD_TYPE = "com.apple.mail.managed";

	private AppleProfile() {
	}

	/**
	 * @param locale   the language of the texts the device shows when the profile is installed
	 * @param password the initial password to put in the profile, or null to let the device ask for it
	 * @param signer   null for an unsigned profile
	 */
	public static void write(ClientSetup setup, Locale locale, char[] password, ProfileSigner signer, OutputStream out)
			throws IOException {
		byte[] plist = plist(setup, locale, password);
		out.write(signer == null ? plist : signer.sign(plist));
	}

	static byte[] plist(ClientSetup setup, Locale locale, char[] password) throws IOException {
		if (setup.forDomainOnly()) {
			throw new IllegalArgumentException("a profile is for one address");
		}
		String description = ClientConfigText.get(locale, "profile.description", setup.address());
		NSDictionary mail = new NSDictionary();
		mail.put("PayloadType", MAIL_PAYLOAD_TYPE);
		mail.put("PayloadVersion", 1);
		mail.put("PayloadIdentifier", identifier(setup) + ".mail");
		mail.put("PayloadUUID", uuid(setup, "mail"));
		mail.put("PayloadDisplayName", setup.address());
		mail.put("EmailAccountType", "EmailTypePOP");
		mail.put("EmailAccountDescription", setup.address());
		mail.put("EmailAccountName", setup.displayName());
		mail.put("EmailAddress", setup.address());
		mail.put("IncomingMailServerHostName", setup.pop3().host());
		mail.put("IncomingMailServerPortNumber", setup.pop3().port());
		mail.put("IncomingMailServerUseSSL", true);
		mail.put("IncomingMailServerUsername", setup.userName());
		mail.put("IncomingMailServerAuthentication", "EmailAuthPassword");
		mail.put("OutgoingMailServerHostName", setup.smtp().host());
		mail.put("OutgoingMailServerPortNumber", setup.smtp().port());
		mail.put("OutgoingMailServerUseSSL", true);
		mail.put("OutgoingMailServerUsername", setup.userName());
		mail.put("OutgoingMailServerAuthentication", "EmailAuthPassword");
		mail.put("OutgoingPasswordSameAsIncomingPassword", true);
		if (password != null) {
			mail.put("IncomingPassword", new String(password));
		}

		NSDictionary profile = new NSDictionary();
		profile.put("PayloadType", "Configuration");
		profile.put("PayloadVersion", 1);
		profile.put("PayloadIdentifier", identifier(setup));
		profile.put("PayloadUUID", uuid(setup, "profile"));
		profile.put("PayloadDisplayName", ClientConfigText.get(locale, "profile.name", setup.address()));
		profile.put("PayloadDescription", description);
		profile.put("PayloadOrganization", "Enet");
		profile.put("PayloadContent", new NSArray(mail));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		XMLPropertyListWriter.write(profile, bytes);
		return bytes.toByteArray();
	}

	/** Reverse-DNS and stable: installing a newer profile for the same address replaces the old one. */
	static String identifier(ClientSetup setup) {
		String[] labels = setup.domain().split("\\.");
		StringBuilder id = new StringBuilder();
		for (int i = labels.length - 1; i >= 0; i--) {
			id.append(labels[i]).append('.');
		}
		return id.append("mail.").append(setup.address().substring(0, setup.address().indexOf('@'))).toString();
	}

	private static String uuid(ClientSetup setup, String part) {
		return UUID.nameUUIDFromBytes((part + ":" + setup.address().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8))
				.toString().toUpperCase(Locale.ROOT);
	}
}
