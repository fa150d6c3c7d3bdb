package cc.enet.mailbox.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Base64;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;

/**
 * What staff type to reach a server (probe's --connect-to and --cacert, staff-mail's host, port, sender and CA
 * certificate): a bad value is a usage error (exit 2) naming the option and the value as given, in both languages,
 * and nothing is stored.
 */
class OptionValuesCommandLineTest extends SetupWorkspace {

	@Test
	void aRouteWithAPortOutOfRangeNamesTheOptionAndThePort() {
		for (String port : new String[] { "99999", "-1", "0", "99x" }) {
			String route = "pop.sakura-trading.co.jp:995:127.0.0.1:" + port;
			assertEquals(2, probe("--connect-to", route, "--lang", "en"), port);
			assertTrue(mailbox.err().contains("--connect-to \"" + route + "\": the port \"" + port + "\" is not a number from 1 to 65535"),
					mailbox.err());
			assertFalse(mailbox.err().contains("Internal error"), mailbox.err());
		}
		assertEquals(2, probe("--connect-to", "pop.sakura-trading.co.jp:99999:127.0.0.1:995", "--lang", "ja"));
		assertTrue(mailbox.err().contains("ポート「99999」は 1 から 65535 までの数ではありません"), mailbox.err());
	}

	@Test
	void aLineBreakInARouteHostIsShownAndRefused() {
		assertEquals(2, probe("--connect-to", "pop.sakura-trading.co.jp\n:995:127.0.0.1:995", "--lang", "en"));
		assertTrue(mailbox.err().contains("\"pop.sakura-trading.co.jp\\n\" is not a host name or IP address"), mailbox.err());
		assertEquals(2, probe("--connect-to", "pop.sakura-trading.co.jp:995", "--lang", "en"));
		assertTrue(mailbox.err().contains("write HOST:PORT:HOST2:PORT2"), mailbox.err());
		assertEquals(2, probe("--connect-to", "pop.sakura-trading.co.jp:995:[::1:995", "--lang", "ja"));
		assertTrue(mailbox.err().contains("HOST:PORT:HOST2:PORT2 の形で指定してください"), mailbox.err());
	}

	@Test
	void anIpv6AddressInBracketsIsARouteAsInCurl() {
		// Every endpoint is routed to a closed port on ::1: nothing answers, so the probe reports it unreachable (3).
		int code = probe("--connect-to", "pop.sakura-trading.co.jp:995:[::1]:1", "--connect-to",
				"smtp.sakura-trading.co.jp:465:[::1]:1", "--connect-to", "imap4.hetemail.jp:993:[::1]:1", "--lang", "en");

		assertEquals(3, code, mailbox.out() + mailbox.err());
		assertFalse(mailbox.err().contains("--connect-to"), mailbox.err());
	}

	@Test
	void aCaCertificateThatIsNotOneIsRefusedForProbeAndStaffMail() throws Exception {
		Path text = Files.writeString(dir.resolve("notes.txt"), "not a certificate");
		assertEquals(2, probe("--cacert", text.toString(), "--lang", "en"));
		assertTrue(mailbox.err().contains("--cacert \"" + text + "\": not a certificate in PEM or DER"), mailbox.err());
		assertEquals(2, staffMail("--cacert", dir.resolve("missing.pem").toString(), "--lang", "ja"));
		assertTrue(mailbox.err().contains("missing.pem」: ファイルがありません"), mailbox.err());
		assertEquals(2, staffMail("--cacert", text.toString(), "--lang", "en"));
		assertFalse(Files.exists(ws.resolve("staff-mail.properties")), "nothing is stored");

		X509Certificate anchor = anySystemAnchor();
		Path der = Files.write(dir.resolve("ca.der"), anchor.getEncoded());
		Path pem = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(anchor.getEncoded())
				+ "\n-----END CERTIFICATE-----\n");
		assertEquals(0, staffMail("--cacert", der.toString(), "--lang", "en"), mailbox.err());
		assertEquals(0, staffMail("--cacert", pem.toString(), "--lang", "en"), mailbox.err());
		assertTrue(mailbox.out().contains(pem.toString()), mailbox.out());
	}

	@Test
	void aStaffMailHostOrSenderWithALineBreakOrABadPortIsRefusedAndNothingStored() {
		assertEquals(2, mailbox.run("staff-mail", ws.toString(), "--host", "smtp.enet.test\nX-Injected: yes", "--user",
				"staff@enet.test", "--lang", "en"));
		assertTrue(mailbox.err().contains("--host \"smtp.enet.test\\nX-Injected: yes\""), mailbox.err());
		assertEquals(2, staffMail("--from", "staff@enet.test\r\nBcc: someone@example.jp", "--lang", "en"));
		assertTrue(mailbox.err().contains("--from \"staff@enet.test\\r\\nBcc: someone@example.jp\": line breaks"), mailbox.err());
		assertEquals(2, staffMail("--from", "not an address", "--lang", "ja"));
		assertTrue(mailbox.err().contains("--from「not an address」はメールアドレスではありません"), mailbox.err());
		assertEquals(2, staffMail("--port", "99999", "--lang", "en"));
		assertTrue(mailbox.err().contains("--port \"99999\": the port \"99999\" is not a number"), mailbox.err());
		assertFalse(Files.exists(ws.resolve("staff-mail.properties")), "nothing is stored");
	}

	@Test
	void aPortIsPrintedAsItsDigits() {
		assertEquals(0, staffMail("--port", "55465", "--lang", "en"), mailbox.err());
		assertTrue(mailbox.out().contains("smtp.enet.test:55465 (SMTPS)"), mailbox.out());
		assertEquals(0, mailbox.run("staff-mail", ws.toString(), "--lang", "ja"), mailbox.err());
		assertTrue(mailbox.out().contains("smtp.enet.test:55465"), mailbox.out());
		assertEquals(0, staffMail("--host", "[::1]", "--lang", "en"), mailbox.err());
		assertTrue(mailbox.out().contains("on ::1:465"), mailbox.out());
	}

	private int probe(String... options) {
		String[] args = new String[4 + options.length];
		args[0] = "probe";
		args[1] = ws.toString();
		args[2] = "--mailbox";
		args[3] = ADDRESS;
		System.arraycopy(options, 0, args, 4, options.length);
		return mailbox.run(args);
	}

	/** staff-mail with a good host and user, and {@code options} (a later --host replaces the first). */
	private int staffMail(String... options) {
		String[] args = new String[6 + options.length];
		args[0] = "staff-mail";
		args[1] = ws.toString();
		args[2] = "--host";
		args[3] = "smtp.enet.test";
		args[4] = "--user";
		args[5] = "staff@enet.test";
		System.arraycopy(options, 0, args, 6, options.length);
		return mailbox.run(args);
	}

	private static X509Certificate anySystemAnchor() throws Exception {
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init((KeyStore) null);
		for (var manager : factory.getTrustManagers()) {
			if (manager instanceof X509TrustManager x509 && x509.getAcceptedIssuers().length > 0) {
				return x509.getAcceptedIssuers()[0];
			}
		}
		throw new IllegalStateException("the JDK trusts no certificate authority");
	}
}
