package cc.enet.mailbox.clientconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.clientconfig.probe.ConnectTo;
import cc.enet.mailbox.clientconfig.probe.MailboxProber;
import cc.enet.mailbox.clientconfig.probe.ProbeFailure;
import cc.enet.mailbox.clientconfig.probe.ProbeResult;
import cc.enet.mailbox.model.MailboxModels;

/**
 * The probe's reasons in words, against real sockets on this machine: a name that cannot resolve (.invalid), a port
 * nobody listens on, a listener that never answers, a TLS server whose certificate is for another host or signed by
 * nobody the client trusts, and one that hangs up in the handshake; each in its own words in both languages, told by
 * the exception's type.
 */
class ProbeFailureTest {

	private static final String HOST = "pop3.example.jp";
	private static final char[] PASSWORD = "not-used".toCharArray();

	@TempDir
	Path folder;

	private final List<AutoCloseable> open = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable each : open) {
			each.close();
		}
	}

	@Test
	void aHostNameThatDoesNotExistIsSaidSo() throws Exception {
		ProbeResult connect = only(probe("pop3.nowhere.invalid", List.of(), null, Locale.ENGLISH), ProbeResult.CONNECT);
		assertFalse(connect.ok());
		assertEquals("cannot connect to pop3.nowhere.invalid:995: the host name pop3.nowhere.invalid does not exist in DNS",
				connect.detail());
		assertEquals("pop3.nowhere.invalid:995 に接続できません: ホスト名 pop3.nowhere.invalid は DNS に存在しません",
				only(probe("pop3.nowhere.invalid", List.of(), null, Locale.JAPANESE), ProbeResult.CONNECT).detail());
	}

	@Test
	void aClosedPortIsARefusedConnection() throws Exception {
		int port;
		try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = closed.getLocalPort(); // nothing listens here once it is closed
		}
		ProbeResult connect = only(probe(HOST, route(port), null, Locale.ENGLISH), ProbeResult.CONNECT);
		assertEquals("cannot connect to 127.0.0.1:" + port + ": 127.0.0.1:" + port
				+ " refused the connection: nothing listens on that port", connect.detail());
		assertTrue(only(probe(HOST, route(port), null, Locale.JAPANESE), ProbeResult.CONNECT).detail()
				.endsWith("に接続を拒否されました: そのポートで待ち受けているサービスがありません"));
	}

	@Test
	void aListenerThatNeverAnswersTimesOutInTheHandshake() throws Exception {
		ServerSocket silent = keep(new ServerSocket(0, 5, InetAddress.getLoopbackAddress())); // accepts in the kernel only
		List<ProbeResult> results = probe(HOST, route(silent.getLocalPort()), null, Locale.ENGLISH);
		assertTrue(only(results, ProbeResult.CONNECT).ok());
		ProbeResult tls = only(results, ProbeResult.TLS);
		assertEquals("the TLS handshake got no answer from 127.0.0.1:" + silent.getLocalPort() + " within 1 s", tls.detail());
		assertTrue(only(probe(HOST, route(silent.getLocalPort()), null, Locale.JAPANESE), ProbeResult.TLS).detail()
				.endsWith("から 1 秒以内に応答がありません"));
	}

	@Test
	void aCertificateForAnotherHostIsAMismatchOnceTrusted() throws Exception {
		Certified other = certificate("other.example.jp");
		int port = tlsServer(other);
		Path anchor = pem(other.certificate());
		ProbeResult tls = only(probe(HOST, route(port), anchor, Locale.ENGLISH), ProbeResult.TLS);
		assertFalse(tls.ok());
		assertEquals("the certificate does not match " + HOST + ": it was issued for other host names", tls.detail());
		assertEquals("証明書が " + HOST + " と一致しません: 別のホスト名に発行された証明書です",
				only(probe(HOST, route(port), anchor, Locale.JAPANESE), ProbeResult.TLS).detail());
	}

	@Test
	void aSelfSignedCertificateIsNotTrusted() throws Exception {
		int port = tlsServer(certificate(HOST)); // the right name, but signed by nobody the client trusts
		ProbeResult tls = only(probe(HOST, route(port), null, Locale.ENGLISH), ProbeResult.TLS);
		assertTrue(tls.detail().startsWith("the certificate is not trusted: no certificate authority the mail client trusts"),
				tls.detail());
		assertTrue(only(probe(HOST, route(port), null, Locale.JAPANESE), ProbeResult.TLS).detail()
				.startsWith("証明書を信頼できません: メールソフトが信頼する認証局の署名がありません"));
	}

	@Test
	void aServerThatHangsUpInTheHandshakeIsAHandshakeFailure() throws Exception {
		ServerSocket hangUp = keep(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()));
		Thread.ofVirtual().start(() -> {
			while (!hangUp.isClosed()) {
				try (Socket client = hangUp.accept()) {
					// the ClientHello first, so the connection itself stands; then gone without a word, as a server
					// refusing every TLS version does
					client.getInputStream().read();
					client.setSoLinger(true, 0);
				} catch (IOException e) {
					return;
				}
			}
		});
		ProbeResult tls = only(probe(HOST, route(hangUp.getLocalPort()), null, Locale.ENGLISH), ProbeResult.TLS);
		assertEquals("the TLS handshake with 127.0.0.1:" + hangUp.getLocalPort()
				+ " failed: no TLS version or cipher in common, or the server closed the connection", tls.detail());
	}

	@Test
	void theReasonIsToldByTheExceptionsTypeNotItsMessage() {
		assertEquals(ProbeFailure.UNKNOWN_HOST, ProbeFailure.of(new IOException("x", new java.net.UnknownHostException("?"))));
		assertEquals(ProbeFailure.REFUSED, ProbeFailure.of(new java.net.ConnectException("Verbindung abgelehnt")));
		assertEquals(ProbeFailure.TIMEOUT, ProbeFailure.of(new jakarta.mail.MessagingException("Connect failed",
				new java.net.SocketTimeoutException("Read timed out"))));
		assertEquals(ProbeFailure.LOGIN_REFUSED, ProbeFailure.of(new jakarta.mail.AuthenticationFailedException("-ERR")));
		assertEquals(ProbeFailure.OTHER, ProbeFailure.of(new IOException("Connection refused")));
	}

	// ---- fixtures

	private List<ProbeResult> probe(String host, List<ConnectTo> routes, Path anchor, Locale locale) throws Exception {
		Domain domain = MailboxModels.newDomain("example.jp");
		for (ServiceEndpoint endpoint : domain.getEndpoints()) {
			endpoint.setHost(endpoint.getProtocol() == Protocol.POP3 ? host : null);
		}
		Mailbox mailbox = MailboxModels.newMailbox(domain, "tanaka@example.jp");
		domain.getMailboxes().add(mailbox);
		return new MailboxProber(routes, anchor, Duration.ofSeconds(1), locale).probe(mailbox, PASSWORD);
	}

	private static List<ConnectTo> route(int port) {
		return List.of(new ConnectTo(HOST, 995, "127.0.0.1", port));
	}

	private static ProbeResult only(List<ProbeResult> results, String step) {
		List<ProbeResult> steps = results.stream().filter(r -> r.step().equals(step)).toList();
		assertEquals(1, steps.size(), () -> step + " in " + results);
		return steps.get(0);
	}

	private <T extends AutoCloseable> T keep(T closeable) {
		open.add(closeable);
		return closeable;
	}

	private record Certified(KeyPair keys, X509Certificate certificate) {
	}

	/** A self-signed certificate for {@code host} (its subject alternative name), valid from yesterday to tomorrow. */
	private static Certified certificate(String host) throws Exception {
		KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
		X500Name name = new X500Name("CN=" + host);
		Instant now = Instant.now();
		var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
				Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name, keys.getPublic());
		builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.dNSName, host)));
		X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
		return new Certified(keys, certificate);
	}

	/** A TLS server on loopback presenting {@code certified}, completing handshakes until the test ends. */
	private int tlsServer(Certified certified) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		char[] secret = "test".toCharArray();
		store.setKeyEntry("server", certified.keys().getPrivate(), secret, new X509Certificate[] { certified.certificate() });
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(store, secret);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keys.getKeyManagers(), null, null);
		SSLServerSocket server = keep((SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 5,
				InetAddress.getLoopbackAddress()));
		Thread.ofVirtual().start(() -> {
			while (!server.isClosed()) {
				try (SSLSocket client = (SSLSocket) server.accept()) {
					client.setSoTimeout(5000);
					client.startHandshake();
					try (InputStream in = client.getInputStream()) {
						in.read(); // until the client goes
					}
				} catch (IOException e) {
					// a client that refused the certificate: the next one may come
				}
			}
		});
		return server.getLocalPort();
	}

	private Path pem(X509Certificate certificate) throws Exception {
		Path file = folder.resolve("anchor.pem");
		Files.writeString(file, "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
				+ "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
		return file;
	}
}
