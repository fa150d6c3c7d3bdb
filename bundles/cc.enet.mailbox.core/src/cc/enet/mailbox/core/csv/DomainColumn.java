package cc.enet.mailbox.core.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cc.enet.mailbox.Protocol;

/**
 * The columns of the domain CSV, in the order export writes them. Per endpoint: host, port, TLS (ssl, starttls,
 * none) and authentication method; {@code smtp_auth} is the SMTP AUTH switch (yes/no), so the SMTP method is
 * {@code smtp_auth_method}. {@code imap_host_confirmed} says staff saw the IMAP host in the customer's webmail;
 * {@code contact_name} and {@code contact_address} are the customer's contact (the domain's customer, so every row of
 * one customer must agree); {@code server} names the workspace's server the domain lives on (empty: unchanged on
 * import, and on export a domain that names none).
 */
public enum DomainColumn {
	DOMAIN("domain"), CUSTOMER("customer"), COURSE("course"), MAIL_OPTION("mail_option"),
	COURSE_FREE_FORWARDING("course_free_forwarding"), DNS_EXTERNAL("dns_external"),
	POP3_HOST("pop3_host"), POP3_PORT("pop3_port"), POP3_TLS("pop3_tls"), POP3_AUTH("pop3_auth"),
	IMAP_HOST("imap_host"), IMAP_PORT("imap_port"), IMAP_TLS("imap_tls"), IMAP_AUTH("imap_auth"),
	SMTP_HOST("smtp_host"), SMTP_PORT("smtp_port"), SMTP_TLS("smtp_tls"), SMTP_AUTH_METHOD("smtp_auth_method"),
	SMTP_AUTH("smtp_auth"), IMAP_HOST_CONFIRMED("imap_host_confirmed"), CONTACT_NAME("contact_name"),
	CONTACT_ADDRESS("contact_address"), SERVER("server");

	private final String header;

	DomainColumn(String header) {
		this.header = header;
	}

	public String header() {
		return header;
	}

	/** The endpoint a per-endpoint column belongs to, or null for a domain column. */
	public Protocol protocol() {
		return header.startsWith("pop3_") ? Protocol.POP3
				: header.startsWith("imap_") ? Protocol.IMAP : header.startsWith("smtp_") ? Protocol.SMTP : null;
	}

	public static Optional<DomainColumn> byHeader(String header) {
		return Arrays.stream(values()).filter(c -> c.header.equals(header)).findFirst();
	}

	public static List<DomainColumn> all() {
		return List.of(values());
	}
}
