package cc.enet.mailbox.clientconfig.probe;

import cc.enet.mailbox.rules.Severity;

/**
 * What a probe found wrong with a mailbox as its customer's client would meet it: a login refused, STARTTLS where
 * SSL is expected, only secure authentication, a certificate expiring soon or naming another host, a (nearly) full
 * mailbox. It holds until the next probe of that mailbox.
 *
 * @param protocol POP3, IMAP or SMTP; null for the mailbox as a whole (quota)
 * @param message in the prober's language
 */
public record ProbeFinding(String mailbox, String protocol, String ruleId, Severity severity, String message) {

	public static final String LOGIN_REFUSED = "probe.login";
	public static final String STARTTLS = "probe.starttls";
	public static final String SECURE_AUTH_ONLY = "probe.secureAuthOnly";
	public static final String CERTIFICATE_EXPIRING = "probe.certificateExpiring";
	public static final String CERTIFICATE_HOST = "probe.certificateHost";
	/** The same id the guide's quota rules report under: staff filter the Problems view by it. */
	public static final String QUOTA_USAGE = "quota.usage";
}
