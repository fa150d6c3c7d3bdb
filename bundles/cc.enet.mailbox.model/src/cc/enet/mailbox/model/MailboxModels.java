package cc.enet.mailbox.model;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Filters;
import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxDefaults;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.MailboxSettings;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.TlsMode;

/** Creates model objects in the shape the guide recommends, so a new domain starts out valid. */
public final class MailboxModels {

	private static final MailboxFactory FACTORY = MailboxFactory.eINSTANCE;

	private MailboxModels() {
	}

	public static Customer newCustomer(String id, String name) {
		Customer customer = FACTORY.createCustomer();
		customer.setId(id);
		customer.setName(name);
		return customer;
	}

	/**
	 * A domain with the guide's endpoints (implicit TLS, normal password, SMTP AUTH) and defaults. The POP3 and SMTP
	 * hosts are the ones Enet notifies per customer: left empty until staff enter them (rule endpoint.host), so that a
	 * guessed name never reaches a customer. IMAP starts on the host the guide names for most domains.
	 */
	public static Domain newDomain(String name) {
		Domain domain = FACTORY.createDomain();
		domain.setName(name);
		domain.getEndpoints().add(endpoint(Protocol.POP3, null));
		domain.getEndpoints().add(endpoint(Protocol.IMAP, EnetGuide.IMAP_HOST));
		domain.getEndpoints().add(endpoint(Protocol.SMTP, null));
		MailboxDefaults defaults = FACTORY.createMailboxDefaults(); // no quota: the server's default, the guide names none
		defaults.setSendEncoding(SendEncoding.ISO_2022_JP);
		defaults.setRetention(Retention.DELETE_AFTER_DOWNLOAD);
		Filters filters = FACTORY.createFilters();
		filters.getAllowDomains().addAll(EnetGuide.ENET_DOMAINS);
		defaults.setFilters(filters);
		domain.setDefaults(defaults);
		return domain;
	}

	/** An endpoint as the guide wants it: implicit TLS on the protocol's TLS port, normal password, SMTP AUTH. */
	public static ServiceEndpoint endpoint(Protocol protocol, String host) {
		ServiceEndpoint endpoint = FACTORY.createServiceEndpoint();
		endpoint.setProtocol(protocol);
		endpoint.setHost(host);
		endpoint.setPort(EnetGuide.tlsPort(protocol));
		endpoint.setTls(TlsMode.IMPLICIT);
		endpoint.setAuthentication(AuthMethod.NORMAL_PASSWORD);
		endpoint.setSmtpAuth(true);
		return endpoint;
	}

	/** A mailbox that takes its domain's defaults (a domain without defaults gives the guide's). */
	public static Mailbox newMailbox(Domain domain, String address) {
		Mailbox mailbox = FACTORY.createMailbox();
		mailbox.setAddress(address);
		mailbox.setDisplayName("");
		copySettings(domain == null ? null : domain.getDefaults(), mailbox);
		mailbox.setForwarding(FACTORY.createForwarding());
		return mailbox;
	}

	/**
	 * Copies every setting of {@code from} into {@code to}; with no source, the guide's recommended values. A quota is
	 * copied only when staff set one: otherwise {@code to} keeps the server's default too.
	 */
	public static void copySettings(MailboxSettings from, MailboxSettings to) {
		Filters filters = FACTORY.createFilters();
		if (from == null) {
			to.unsetQuotaMb();
			to.setSendEncoding(SendEncoding.ISO_2022_JP);
			to.setRetention(Retention.DELETE_AFTER_DOWNLOAD);
			to.setRetentionDays(0);
			filters.getAllowDomains().addAll(EnetGuide.ENET_DOMAINS);
		} else {
			if (from.isSetQuotaMb()) {
				to.setQuotaMb(from.getQuotaMb());
			} else {
				to.unsetQuotaMb();
			}
			to.setSendEncoding(from.getSendEncoding());
			to.setRetention(from.getRetention());
			to.setRetentionDays(from.getRetentionDays());
			Filters source = from.getFilters();
			if (source != null) {
				filters.getAllowAddresses().addAll(source.getAllowAddresses());
				filters.getAllowDomains().addAll(source.getAllowDomains());
				filters.getDenyAddresses().addAll(source.getDenyAddresses());
				filters.getDenyDomains().addAll(source.getDenyDomains());
				filters.setRejectVirus(source.isRejectVirus());
				filters.setRejectSpam(source.isRejectSpam());
			}
		}
		to.setFilters(filters);
	}

	/** The mailbox's filters, created on first use so callers never see null. */
	public static Filters filters(MailboxSettings settings) {
		if (settings.getFilters() == null) {
			settings.setFilters(FACTORY.createFilters());
		}
		return settings.getFilters();
	}

	/** The mailbox's forwarding, created on first use so callers never see null. */
	public static Forwarding forwarding(Mailbox mailbox) {
		if (mailbox.getForwarding() == null) {
			mailbox.setForwarding(FACTORY.createForwarding());
		}
		return mailbox.getForwarding();
	}
}
