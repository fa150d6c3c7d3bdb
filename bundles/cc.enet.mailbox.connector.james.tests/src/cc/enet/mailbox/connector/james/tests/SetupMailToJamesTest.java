package cc.enet.mailbox.connector.james.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.net.ssl.SSLSocketFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.clientconfig.mail.MailClassLoader;
import cc.enet.mailbox.connector.james.JamesConnectorFactory;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.test.support.Await;
import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.MailboxCli;
import cc.enet.mailbox.test.support.ServerPerClass;
import cc.enet.mailbox.test.support.TestTls;

/**
 * mailbox send-setup through a real James: the staff account sends over SMTPS with AUTH, the customer's contact
 * fetches the mail over POP3S, and the test decodes it as a mail client would (ISO-2022-JP for Japanese, UTF-8 for
 * English, the sheet as a PDF attachment).
 */
class SetupMailToJamesTest {

	private static final String STAFF = "staff@enet.test";
	private static final String STAFF_PW = "Staff-Pa55word";
	private static final String CONTACT = "contact@customer.test";
	private static final String CONTACT_PW = "Contact-Pa55word";
	private static final String MAILBOX = "tanaka@sakura-trading.co.jp";

	@RegisterExtension
	static final ServerPerClass<JamesServer> JAMES = ServerPerClass.of(() -> new JamesServer("setupmail", 50000).start(), JamesServer::stop);
	private static JamesServer james;
	private static Path workspace;
	private static SSLSocketFactory tls;
	private static final MailboxCli mailbox = new MailboxCli(new JamesConnectorFactory());

	@BeforeAll
	static void startJamesWithAStaffAndAContactAccount() throws Exception {
		james = JAMES.get();
		tls = TestTls.trusting(james.certificate()).getSocketFactory();
		for (String domain : new String[] { "enet.test", "customer.test" }) {
			assertEquals(204, webAdmin("PUT", "/domains/" + domain, null));
		}
		assertEquals(204, webAdmin("PUT", "/users/" + STAFF, "{\"password\":\"" + STAFF_PW + "\"}"));
		assertEquals(204, webAdmin("PUT", "/users/" + CONTACT, "{\"password\":\"" + CONTACT_PW + "\"}"));

		workspace = Files.createTempDirectory("mailbox-setupmail").resolve("ws");
		MailboxWorkspace ws = WorkspaceStore.create(workspace, "Setup mail");
		Customer customer = MailboxModels.newCustomer("sakura-trading", "さくら商事");
		customer.setContactName("山本 一郎"); // whom the mail is addressed to, not the mailbox's sender name
		customer.setContactAddress(CONTACT);
		Domain domain = MailboxModels.newDomain("sakura-trading.co.jp");
		domain.getEndpoints().forEach(e -> {
			if (e.getProtocol() != Protocol.IMAP) {
				e.setHost(e.getProtocol().getLiteral().toLowerCase() + ".sakura-trading.co.jp");
			}
		});
		customer.getDomains().add(domain);
		ws.root().getCustomers().add(customer);
		Mailbox tanaka = MailboxModels.newMailbox(domain, MAILBOX);
		tanaka.setDisplayName("田中 太郎");
		domain.getMailboxes().add(tanaka);
		WorkspaceStore.save(ws);

		assertEquals(0, mailbox.run("staff-mail", workspace.toString(), "--host", "127.0.0.1", "--port",
				String.valueOf(james.port("SMTPS_PORT")), "--user", STAFF, "--cacert", james.certificate().toString(),
				"--lang", "en"), mailbox.both());
		mailbox.credentials.store("staff-mail:" + STAFF, STAFF_PW.toCharArray());
	}

	@Test
	void japaneseSetupMailArrivesAsIso2022JpWithTheSheetAttached() throws Exception {
		String subject = "メール設定のご案内: " + MAILBOX;
		assertEquals(0, mailbox.run("send-setup", workspace.toString(), "--mailbox", MAILBOX), mailbox.both()); // to the contact
		assertFalse(mailbox.both().contains(STAFF_PW));

		byte[] raw = awaitMessage(subject);
		String headers = new String(raw, StandardCharsets.US_ASCII);
		assertTrue(headers.contains("Subject: =?ISO-2022-JP?B?"), headers.substring(0, Math.min(2000, headers.length())));
		MimeMessage message = parse(raw);
		assertEquals(subject, message.getSubject());
		assertEquals(STAFF, message.getFrom()[0].toString());
		MimeMultipart parts = parts(message);
		assertEquals(2, parts.getCount());

		MimeBodyPart text = (MimeBodyPart) parts.getBodyPart(0);
		assertTrue(text.getContentType().toLowerCase().contains("charset=iso-2022-jp"), text.getContentType());
		assertEquals("7bit", text.getEncoding());
		byte[] textBytes = rawContent(text);
		for (byte b : textBytes) {
			assertTrue(b >= 0, "ISO-2022-JP is 7 bit");
		}
		assertTrue(new String(textBytes, StandardCharsets.US_ASCII).contains("\u001b$B"), "JIS X 0208 escape");
		String body = decodedText(text).replace("\r\n", "\n");
		assertTrue(body.startsWith("さくら商事\n山本 一郎 様\n"), body);
		assertTrue(body.contains("「通常の認証方法」"), body);
		assertTrue(body.replace("\n", "").contains("ドメイン管理画面からは、URL転送のみ設定してください。"), body);
		assertTrue(body.contains("今後ともよろしくお願い申し上げます。"), body);
		assertTrue(body.contains("https://enet.cc/webmail/"), body);

		assertSheetAttached(parts.getBodyPart(1), "メール設定のご案内");
	}

	@Test
	void theMailForAChosenClientNamesItsStepsAndCarriesItsSheet() throws Exception {
		String heading = "■Thunderbird 128 での設定";
		assertEquals(0, mailbox.run("send-setup", workspace.toString(), "--mailbox", MAILBOX, "--client", "thunderbird"),
				mailbox.both());
		for (int i = 0; i < 80; i++) {
			for (byte[] raw : inbox()) {
				MimeMultipart parts = parts(parse(raw));
				String body = decodedText((MimeBodyPart) parts.getBodyPart(0)).replace("\r\n", "\n");
				if (body.contains(heading)) {
					String flat = body.replaceAll("\\s", "");
					assertTrue(flat.contains("Thunderbirdでは「認証方式」を「通常の認証方式」にします"), body);
					assertTrue(flat.contains("常時接続はせずに手動で必要なときだけ接続するように変更してください"), body);
					try (PDDocument pdf = Loader.loadPDF(rawContent((MimeBodyPart) parts.getBodyPart(1)))) {
						String sheet = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
						assertTrue(sheet.contains("Thunderbird128での設定") && sheet.contains("「接続の保護」は「SSL/TLS」"), sheet);
					}
					return;
				}
			}
			Thread.sleep(250);
		}
		throw new AssertionError("no setup mail naming " + heading + " for " + CONTACT);
	}

	@Test
	void englishSetupMailArrivesAsUtf8() throws Exception {
		String subject = "Your mail setup: " + MAILBOX;
		assertEquals(0, mailbox.run("send-setup", workspace.toString(), "--mailbox", MAILBOX, "--to", CONTACT, "--lang", "en"),
				mailbox.both());
		assertTrue(mailbox.out().contains("Setup mail for " + MAILBOX + " sent to " + CONTACT), mailbox.out());
		MimeMessage message = parse(awaitMessage(subject));
		assertEquals(subject, message.getSubject());
		MimeMultipart parts = parts(message);
		MimeBodyPart text = (MimeBodyPart) parts.getBodyPart(0);
		assertTrue(text.getContentType().toLowerCase().contains("charset=utf-8"), text.getContentType());
		String body = decodedText(text);
		assertTrue(body.startsWith("Dear 山本 一郎,"), body);
		assertSheetAttached(parts.getBodyPart(1), "Mail Setup Sheet");
	}

	@Test
	void aWrongStaffPasswordOrADeadPortExitsWithThree() throws Exception {
		mailbox.credentials.store("staff-mail:" + STAFF, "wrong".toCharArray());
		try {
			assertEquals(3, mailbox.run("send-setup", workspace.toString(), "--mailbox", MAILBOX, "--to", CONTACT, "--lang", "en"));
			assertTrue(mailbox.err().contains("refused the login of the staff account " + STAFF), mailbox.err());
		} finally {
			mailbox.credentials.store("staff-mail:" + STAFF, STAFF_PW.toCharArray());
		}
		Path other = workspace.resolveSibling("dead-port");
		copyWorkspace(workspace, other);
		assertEquals(0, mailbox.run("staff-mail", other.toString(), "--host", "127.0.0.1", "--port", "1", "--user", STAFF));
		assertEquals(3, mailbox.run("send-setup", other.toString(), "--mailbox", MAILBOX, "--to", CONTACT, "--lang", "en"));
		assertTrue(mailbox.err().contains("cannot be reached"), mailbox.err());
	}

	@Test
	void aMailboxThatBreaksAnErrorRuleGetsNoMail() throws Exception {
		Path broken = workspace.resolveSibling("broken");
		copyWorkspace(workspace, broken);
		MailboxWorkspace ws = WorkspaceStore.open(broken);
		ws.findDomain("sakura-trading.co.jp").orElseThrow().getEndpoints().get(0).setTls(TlsMode.STARTTLS);
		WorkspaceStore.save(ws);
		assertEquals(1, mailbox.run("send-setup", broken.toString(), "--mailbox", MAILBOX, "--to", CONTACT, "--lang", "en"));
		assertTrue(mailbox.err().contains("tls.starttls"), mailbox.err());
	}

	private static void assertSheetAttached(Part attachment, String title) throws Exception {
		assertTrue(attachment.getContentType().toLowerCase().startsWith("application/pdf"), attachment.getContentType());
		assertEquals(Part.ATTACHMENT, attachment.getDisposition());
		assertEquals("mail-setup-tanaka_sakura-trading.co.jp.pdf", attachment.getFileName());
		try (PDDocument pdf = Loader.loadPDF(rawContent((MimeBodyPart) attachment))) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains(title), text);
			assertTrue(text.contains(MAILBOX), text);
			assertTrue(text.contains("pop3.sakura-trading.co.jp"), text);
		}
	}

	/** The raw bytes of the newest message with that subject in the contact's inbox, over POP3S (delivery is async). */
	private static byte[] awaitMessage(String subject) {
		return Await.value("\"" + subject + "\" for " + CONTACT, Duration.ofSeconds(20), () -> newest(subject), raw -> raw != null);
	}

	private static byte[] newest(String subject) throws Exception {
		for (byte[] raw : inbox()) {
			if (subject.equals(parse(raw).getSubject())) {
				return raw;
			}
		}
		return null;
	}

	private static List<byte[]> inbox() throws Exception {
		return MailClassLoader.call(() -> {
			Properties p = new Properties();
			p.put("mail.pop3s.ssl.socketFactory", tls);
			p.put("mail.pop3s.ssl.checkserveridentity", "true");
			List<byte[]> messages = new ArrayList<>();
			try (Store store = Session.getInstance(p).getStore("pop3s")) {
				store.connect("127.0.0.1", james.port("POP3S_PORT"), CONTACT, CONTACT_PW);
				Folder inbox = store.getFolder("INBOX");
				inbox.open(Folder.READ_ONLY);
				for (Message m : inbox.getMessages()) {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					m.writeTo(out);
					messages.add(out.toByteArray());
				}
				inbox.close(false);
			}
			return messages;
		});
	}

	private static MimeMessage parse(byte[] raw) throws Exception {
		return MailClassLoader.call(() -> new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
	}

	/**
	 * The parts, parsed straight from the message's bytes: no content handler lookup (which OSGi hides from Jakarta
	 * Activation), so what is tested is the mail as sent.
	 */
	private static MimeMultipart parts(MimeMessage message) throws Exception {
		return MailClassLoader.call(() -> new MimeMultipart(
				new ByteArrayDataSource(message.getRawInputStream(), message.getContentType())));
	}

	/** The part's body after the transfer encoding is undone, before the charset is applied. */
	private static byte[] rawContent(MimeBodyPart part) throws Exception {
		return MailClassLoader.call(() -> MimeUtility.decode(part.getRawInputStream(), part.getEncoding()).readAllBytes());
	}

	/** The text as a mail client shows it: bytes decoded with the charset the part declares. */
	private static String decodedText(MimeBodyPart part) throws Exception {
		String charset = new ContentType(part.getContentType()).getParameter("charset");
		return new String(rawContent(part), MimeUtility.javaCharset(charset));
	}

	private static int webAdmin(String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(james.webAdminUrl() + path));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static void copyWorkspace(Path from, Path to) throws Exception {
		try (var files = Files.walk(from)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(f).toString());
				if (Files.isDirectory(f)) {
					Files.createDirectories(target);
				} else {
					Files.copy(f, target);
				}
			}
		}
	}
}
