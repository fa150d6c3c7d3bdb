package cc.enet.mailbox.clientconfig.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;

import javax.net.ssl.SSLException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.clientconfig.SetupSheet;
import cc.enet.mailbox.clientconfig.TrustAnchors;
import cc.enet.mailbox.clientconfig.internal.ClientConfigText;

/**
 * Sends the setup mail through the staff account: SMTPS (TLS from the connect) with AUTH, the server's certificate
 * and host name checked against the system's trust anchors plus the account's own CA certificate, if any.
 */
public final class SetupMailSender {

	private static final String TIMEOUT_MS = "20000";

	private final StaffMailAccount account;

	public SetupMailSender(StaffMailAccount account) {
		this.account = account;
	}

	/**
	 * Sends the setup sheet of {@code setup} for {@code client} in {@code locale}, made now and never with the initial
	 * password: what {@code ./mailbox send-setup} and the console's Send Setup Mail both send. Returns the Message-ID.
	 */
	public String sendSheet(char[] staffPassword, ClientSetup setup, Locale locale, MailClient client, String to)
			throws SetupMailException, IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		new SetupSheet(setup, locale, null, LocalDate.now(), client).write(pdf);
		return send(staffPassword, setup, locale, client, to, pdf.toByteArray());
	}

	/** The sheet for any mail client. */
	public String sendSheet(char[] staffPassword, ClientSetup setup, Locale locale, String to)
			throws SetupMailException, IOException {
		return sendSheet(staffPassword, setup, locale, MailClient.ANY, to);
	}

	/** Builds and sends; returns the Message-ID. */
	public String send(char[] password, ClientSetup setup, Locale locale, String to, byte[] sheetPdf)
			throws SetupMailException {
		return send(password, setup, locale, MailClient.ANY, to, sheetPdf);
	}

	private String send(char[] password, ClientSetup setup, Locale locale, MailClient client, String to,
			byte[] sheetPdf) throws SetupMailException {
		return withMailClassLoader(() -> {
			Session session = Session.getInstance(properties());
			MimeMessage message = SetupMail.compose(session, setup, locale, client, account.from(), to, sheetPdf);
			try (Transport transport = session.getTransport("smtps")) {
				transport.connect(account.host(), account.port(), account.user(), new String(password));
				transport.sendMessage(message, message.getAllRecipients());
			}
			return message.getMessageID();
		}, locale);
	}

	private Properties properties() throws IOException, GeneralSecurityException {
		Properties p = new Properties();
		p.put("mail.smtps.host", account.host());
		p.put("mail.smtps.port", String.valueOf(account.port()));
		p.put("mail.smtps.auth", "true");
		p.put("mail.smtps.ssl.checkserveridentity", "true");
		p.put("mail.smtps.connectiontimeout", TIMEOUT_MS);
		p.put("mail.smtps.timeout", TIMEOUT_MS);
		p.put("mail.smtps.writetimeout", TIMEOUT_MS);
		if (account.trustAnchor() != null) {
			p.put("mail.smtps.ssl.socketFactory", TrustAnchors.context(account.trustAnchor()).getSocketFactory());
		}
		return p;
	}

	/** Jakarta Mail's work with its class loader ({@link MailClassLoader}), each failure told as staff need it. */
	private <T> T withMailClassLoader(Callable<T> work, Locale locale) throws SetupMailException {
		try {
			return MailClassLoader.call(work);
		} catch (SetupMailException e) {
			throw e;
		} catch (AuthenticationFailedException e) {
			throw new SetupMailException(SetupMailException.Kind.REFUSED,
					ClientConfigText.get(locale, "mail.refused", account.user(), account.host(), account.port()), e);
		} catch (MessagingException e) {
			String where = account.host() + ":" + account.port();
			if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)
					|| causedBy(e, SocketTimeoutException.class) || causedBy(e, SSLException.class)) {
				throw new SetupMailException(SetupMailException.Kind.UNREACHABLE,
						ClientConfigText.get(locale, "mail.unreachable", where, rootMessage(e)), e);
			}
			throw new SetupMailException(SetupMailException.Kind.REJECTED,
					ClientConfigText.get(locale, "mail.rejected", where, rootMessage(e)), e);
		} catch (IOException | GeneralSecurityException e) {
			throw new SetupMailException(SetupMailException.Kind.UNREACHABLE,
					ClientConfigText.get(locale, "mail.trust", account.trustAnchor(), e.getMessage()), e);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}
}
