package cc.enet.mailbox.clientconfig.probe;

import java.time.Instant;
import java.util.Locale;
import java.util.Properties;

import javax.net.ssl.SSLContext;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Quota;
import jakarta.mail.QuotaAwareStore;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.clientconfig.internal.ClientConfigText;
import cc.enet.mailbox.clientconfig.mail.MailClassLoader;
import cc.enet.mailbox.rules.Severity;

/**
 * The probe's last steps, with Jakarta Mail as the customer's client does them: a login and, for SMTP, a submission
 * to the mailbox itself; after an IMAP login, the storage quota.
 */
final class MailLogin {

	private final SSLContext tls;
	private final int timeoutMs;
	private final Locale locale;
	private final FailureWords words;

	MailLogin(SSLContext tls, int timeoutMs, Locale locale, FailureWords words) {
		this.tls = tls;
		this.timeoutMs = timeoutMs;
		this.locale = locale;
		this.words = words;
	}

	void loginAndSend(EndpointSteps step, ConnectTo route, char[] password, ProbeFindings found) {
		ServiceEndpoint endpoint = step.endpoint();
		String address = step.address();
		String protocol = switch (endpoint.getProtocol()) {
		case POP3 -> "pop3s";
		case IMAP -> "imaps";
		case SMTP -> "smtps";
		};
		Properties p = new Properties();
		p.put("mail." + protocol + ".ssl.socketFactory", tls.getSocketFactory());
		// the tls step checked the certificate against the model's host; the connection itself goes to the route
		p.put("mail." + protocol + ".ssl.checkserveridentity", "false");
		p.put("mail." + protocol + ".ssl.trust", route.toHost());
		p.put("mail." + protocol + ".connectiontimeout", String.valueOf(timeoutMs));
		p.put("mail." + protocol + ".timeout", String.valueOf(timeoutMs));
		p.put("mail." + protocol + ".auth", "true");
		long start = System.nanoTime();
		try {
			MailClassLoader.call(() -> {
				Session session = Session.getInstance(p);
				if (endpoint.getProtocol() == Protocol.SMTP) {
					try (Transport transport = session.getTransport(protocol)) {
						transport.connect(route.toHost(), route.toPort(), address, new String(password));
						step.ok(ProbeResult.LOGIN, t("probe.loginOk", address), start);
						long sendStart = System.nanoTime();
						MimeMessage message = new MimeMessage(session);
						message.setFrom(new InternetAddress(address));
						message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
						message.setSubject("Mailbox Console probe " + Instant.now(), "UTF-8");
						message.setText(t("probe.mailText"), "UTF-8");
						message.saveChanges();
						try {
							transport.sendMessage(message, message.getAllRecipients());
							step.ok(ProbeResult.SEND, t("probe.sent", address), sendStart);
						} catch (MessagingException e) {
							step.fail(ProbeResult.SEND, t("probe.sendFailed", e.getMessage()), sendStart);
						}
					}
				} else {
					try (Store store = session.getStore(protocol)) {
						store.connect(route.toHost(), route.toPort(), address, new String(password));
						step.ok(ProbeResult.LOGIN, t("probe.loginOk", address), start);
						if (found.quota() == null) {
							found.quota(quota(store));
						}
					}
				}
				return null;
			});
		} catch (AuthenticationFailedException e) {
			step.fail(ProbeResult.LOGIN, t("probe.loginRefused", address, String.valueOf(e.getMessage()).strip()), start);
			String protocolName = endpoint.getProtocol().getLiteral();
			found.add(protocolName, ProbeFinding.LOGIN_REFUSED, Severity.ERROR,
					t("finding.loginRefused", protocolName, endpoint.getHost() + ":" + endpoint.getPort()));
		} catch (Exception e) {
			if (step.has(ProbeResult.LOGIN)) {
				return; // the session ended after a good login: that login stands
			}
			step.fail(ProbeResult.LOGIN, words.reason(e, route.toHost(), route.toPort()), start);
		}
	}

	/** The INBOX's storage quota, when the server offers QUOTA and sets a limit; never fails the probe. */
	private static QuotaUsage quota(Store store) {
		if (!(store instanceof QuotaAwareStore quotas)) {
			return null;
		}
		try {
			for (Quota quota : quotas.getQuota("INBOX")) {
				for (Quota.Resource resource : quota.resources) {
					if ("STORAGE".equalsIgnoreCase(resource.name) && resource.limit > 0) {
						return new QuotaUsage(resource.usage, resource.limit);
					}
				}
			}
		} catch (MessagingException e) {
			// a server without the QUOTA extension: no usage to show
		}
		return null;
	}

	private String t(String key, Object... arguments) {
		return ClientConfigText.get(locale, key, arguments);
	}
}
