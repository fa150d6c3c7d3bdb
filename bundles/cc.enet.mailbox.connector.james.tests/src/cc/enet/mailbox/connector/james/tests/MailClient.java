package cc.enet.mailbox.connector.james.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import javax.net.ssl.SSLSocketFactory;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import cc.enet.mailbox.clientconfig.mail.MailClassLoader;
import cc.enet.mailbox.test.support.Await;
import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.TestTls;

/**
 * A customer's mail client, with Jakarta Mail (Angus): sends over SMTPS with AUTH (or plain SMTP as an outside
 * sender would) and reads over POP3S or IMAPS, trusting exactly the test server's certificate.
 */
final class MailClient {

	private final JamesServer james;
	private final SSLSocketFactory tls;

	MailClient(JamesServer james) throws Exception {
		this.james = james;
		this.tls = TestTls.trusting(james.certificate()).getSocketFactory();
	}

	/** Sends with SMTP AUTH over implicit TLS, as the guide asks customers to. */
	void sendAuthenticated(String user, String password, String to, String subject) throws Exception {
		MailClassLoader.call(() -> {
			Properties p = new Properties();
			p.put("mail.smtps.host", "127.0.0.1");
			p.put("mail.smtps.port", String.valueOf(james.port("SMTPS_PORT")));
			p.put("mail.smtps.auth", "true");
			p.put("mail.smtps.ssl.socketFactory", tls);
			p.put("mail.smtps.ssl.checkserveridentity", "true");
			Session session = Session.getInstance(p);
			try (Transport transport = session.getTransport("smtps")) {
				transport.connect(user, password);
				Message message = message(session, user, to, subject);
				transport.sendMessage(message, message.getAllRecipients());
			}
			return null;
		});
	}

	/** Sends as an outside server would: plain SMTP, no AUTH, to a local recipient. */
	void sendFromOutside(String from, String to, String subject) throws Exception {
		MailClassLoader.call(() -> {
			Properties p = new Properties();
			p.put("mail.smtp.host", "127.0.0.1");
			p.put("mail.smtp.port", String.valueOf(james.port("SMTP_PORT")));
			Session session = Session.getInstance(p);
			Transport.send(message(session, from, to, subject));
			return null;
		});
	}

	/** Subjects in the user's inbox over POP3S. */
	List<String> popSubjects(String user, String password) throws Exception {
		return subjects("pop3s", james.port("POP3S_PORT"), user, password);
	}

	/** Subjects in the user's inbox over IMAPS. */
	List<String> imapSubjects(String user, String password) throws Exception {
		return subjects("imaps", james.port("IMAPS_PORT"), user, password);
	}

	private List<String> subjects(String protocol, int port, String user, String password) throws Exception {
		return MailClassLoader.call(() -> {
			Properties p = new Properties();
			p.put("mail." + protocol + ".ssl.socketFactory", tls);
			p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
			Session session = Session.getInstance(p);
			List<String> subjects = new ArrayList<>();
			try (Store store = session.getStore(protocol)) {
				store.connect("127.0.0.1", port, user, password);
				Folder inbox = store.getFolder("INBOX");
				inbox.open(Folder.READ_ONLY);
				for (Message message : inbox.getMessages()) {
					subjects.add(message.getSubject());
				}
				inbox.close(false);
			}
			return subjects;
		});
	}

	/**
	 * Waits for delivery (James delivers asynchronously) until {@code subject} is there, or 20 s pass. A login that
	 * meets the first delivery creating the INBOX gets "Unexpected error accessing mailbox" from James: asked again.
	 */
	List<String> awaitSubject(Callable<List<String>> inbox, String subject) {
		return Await.value("\"" + subject + "\" in the inbox", Duration.ofSeconds(20), inbox, subjects -> subjects.contains(subject));
	}

	private static Message message(Session session, String from, String to, String subject) throws Exception {
		MimeMessage message = new MimeMessage(session);
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject(subject, "UTF-8");
		message.setText("test " + subject, "UTF-8");
		return message;
	}
}
