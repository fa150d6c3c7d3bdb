package cc.enet.mailbox.connector.dovecot;


import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import cc.enet.mailbox.clientconfig.mail.MailClassLoader;
import cc.enet.mailbox.test.support.Await;
import cc.enet.mailbox.test.support.MailStack;

/**
 * A customer's mail client against the mail stack, with Jakarta Mail (Angus): sends over SMTPS with AUTH and reads
 * over POP3S or IMAPS, all implicit TLS (no STARTTLS anywhere), trusting exactly the stack's test CA. Knows when
 * Postfix is done: a check that mail did NOT arrive waits for an empty queue first, never for a fixed time.
 */
final class StackMail {

	private final MailStack stack;
	private final SSLSocketFactory tls;

	StackMail(MailStack stack) throws Exception {
		this.stack = stack;
		this.tls = trusting(Path.of(stack.get("CA_CERT")));
	}

	/** Sends with SMTP AUTH over implicit TLS; a refusal at SMTP time comes back as an exception. */
	void send(String user, String password, String to, String subject, String body) throws Exception {
		MailClassLoader.call(() -> {
			Session session = Session.getInstance(tlsProperties("smtps", stack.port("SMTPS_PORT")));
			try (Transport transport = session.getTransport("smtps")) {
				transport.connect(user, password);
				MimeMessage message = new MimeMessage(session);
				message.setFrom(new InternetAddress(user));
				message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
				message.setSubject(subject, "UTF-8");
				message.setText(body, "UTF-8");
				transport.sendMessage(message, message.getAllRecipients());
			}
			return null;
		});
	}

	/** Subjects in the inbox over POP3S. */
	List<String> pop(String user, String password) throws Exception {
		return subjects("pop3s", stack.port("POP3S_PORT"), user, password);
	}

	/** Subjects in the inbox over IMAPS. */
	List<String> imap(String user, String password) throws Exception {
		return subjects("imaps", stack.port("IMAPS_PORT"), user, password);
	}

	/**
	 * Downloads the messages with these subjects over POP3S as a client does (RETR, then QUIT), leaving them on the
	 * server ("leave a copy on the server"); the others are only listed (TOP for their headers).
	 */
	void retrieve(String user, String password, Set<String> subjects) throws Exception {
		MailClassLoader.call(() -> {
			try (Store store = Session.getInstance(tlsProperties("pop3s", stack.port("POP3S_PORT"))).getStore("pop3s")) {
				store.connect("127.0.0.1", stack.port("POP3S_PORT"), user, password);
				Folder inbox = store.getFolder("INBOX");
				inbox.open(Folder.READ_ONLY);
				for (Message message : inbox.getMessages()) {
					if (subjects.contains(message.getSubject())) {
						message.getInputStream().readAllBytes();
					}
				}
				inbox.close(false);
			}
			return null;
		});
	}

	/** Whether the user can log in over IMAPS with this password. */
	boolean canLogIn(String user, String password) throws Exception {
		return MailClassLoader.call(() -> {
			try (Store store = Session.getInstance(tlsProperties("imaps", stack.port("IMAPS_PORT"))).getStore("imaps")) {
				store.connect("127.0.0.1", stack.port("IMAPS_PORT"), user, password);
				return true;
			} catch (AuthenticationFailedException e) {
				return false;
			}
		});
	}

	/**
	 * Waits until Postfix holds no message (every message delivered over LMTP, refused or bounced, and the bounces
	 * delivered too): only then does an empty inbox mean "did not arrive".
	 */
	void awaitEmptyQueue() {
		Path config = stack.dir().resolve("conf").resolve("postfix");
		Await.value("Postfix's queue to empty", Duration.ofSeconds(60),
				() -> MailStack.run(null, "/usr/sbin/postqueue", "-c", config.toString(), "-p"),
				queue -> queue.contains("Mail queue is empty"));
	}

	private List<String> subjects(String protocol, int port, String user, String password) throws Exception {
		return MailClassLoader.call(() -> {
			List<String> subjects = new ArrayList<>();
			try (Store store = Session.getInstance(tlsProperties(protocol, port)).getStore(protocol)) {
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

	private Properties tlsProperties(String protocol, int port) {
		Properties p = new Properties();
		p.put("mail." + protocol + ".host", "127.0.0.1");
		p.put("mail." + protocol + ".port", String.valueOf(port));
		p.put("mail." + protocol + ".auth", "true");
		p.put("mail." + protocol + ".ssl.socketFactory", tls);
		p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
		p.put("mail." + protocol + ".starttls.enable", "false");
		p.put("mail." + protocol + ".timeout", "30000");
		return p;
	}

	private static SSLSocketFactory trusting(Path caPem) throws Exception {
		KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
		trust.load(null, null);
		try (InputStream in = Files.newInputStream(caPem)) {
			trust.setCertificateEntry("stack-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
		}
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(trust);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, factory.getTrustManagers(), null);
		return context.getSocketFactory();
	}

	/** The harmless industry test strings (EICAR, GTUBE), kept as hex in the repository. */
	static String testSignature(String key) throws IOException {
		Path root = Path.of(System.getProperty("mailbox.repo.root", "../..")).toAbsolutePath().normalize();
		for (String line : Files.readAllLines(root.resolve("releng/mailstack/test-signatures.env"))) {
			if (line.startsWith(key + "=")) {
				return new String(HexFormat.of().parseHex(line.substring(key.length() + 1).strip()),
						StandardCharsets.US_ASCII);
			}
		}
		throw new IllegalStateException("no " + key + " in test-signatures.env");
	}
}
