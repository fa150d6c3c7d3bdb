package cc.enet.mailbox.connector.james.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cc.enet.mailbox.connector.james.JamesConnectorFactory;
import cc.enet.mailbox.core.credentials.ServerSecrets;
import cc.enet.mailbox.test.support.Await;
import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.MailboxCli;
import cc.enet.mailbox.test.support.TestTls;

/**
 * Failures against real James servers: unreachable, untrusted certificate, refused credentials (each a clear
 * message, exit code 3 and nothing applied), and a server that dies in the middle of an apply and is restarted
 * empty (James keeps everything in memory): the next apply restores it all from the model.
 */
class JamesFaultsTest {

	private static final String PW = "Test-Pa55word";
	private final MailboxCli mailbox = new MailboxCli(new JamesConnectorFactory());
	private Path workspace;

	@BeforeEach
	void workspace() throws Exception {
		Path dir = Files.createTempDirectory("mailbox-faults");
		workspace = dir.resolve("ws");
		Path csv = dir.resolve("m.csv");
		StringBuilder rows = new StringBuilder("address,forward_to,password\n");
		for (int i = 0; i < 3; i++) {
			rows.append("user").append(i).append("@faults.test,").append(i > 0 ? "user0@faults.test" : "").append(',').append(PW).append('\n');
		}
		Files.writeString(csv, rows);
		mailbox.importNotifiedHosts(workspace, "faults.test");
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", workspace.toString()), mailbox.both());
	}

	@Test
	void anUnreachableServerIsNamedAndExitsThree() {
		mailbox.run("server", "add", workspace.toString(), "nowhere", "--kind", "james", "--url", "http://127.0.0.1:9");
		assertEquals(3, mailbox.run("apply", workspace.toString(), "--server", "nowhere", "--lang", "en"));
		assertTrue(mailbox.err().contains("server nowhere (http://127.0.0.1:9) cannot be reached"), mailbox.both());
		assertEquals(3, mailbox.run("plan", workspace.toString(), "--server", "nowhere", "--lang", "en"));
	}

	@Test
	void theCommandLineShowsTheConnectorsErrorInJapanese() {
		mailbox.run("server", "add", workspace.toString(), "nowhere", "--kind", "james", "--url", "http://127.0.0.1:9");
		assertEquals(3, mailbox.run("plan", workspace.toString(), "--server", "nowhere", "--lang", "ja"));
		assertTrue(mailbox.err().contains("サーバー nowhere (http://127.0.0.1:9) に接続できません"), mailbox.both());
		assertFalse(mailbox.err().contains("cannot be reached"), mailbox.both());
	}

	@Test
	void anUntrustedCertificateIsRefusedUntilStaffPinIt() throws Exception {
		JamesServer james = new JamesServer("https", 43000).withHttpsWebAdmin().start();
		try {
			mailbox.run("server", "add", workspace.toString(), "tls", "--kind", "james", "--url", james.webAdminUrl());
			assertEquals(3, mailbox.run("apply", workspace.toString(), "--server", "tls", "--lang", "en"));
			assertTrue(mailbox.err().contains("its TLS certificate is not trusted"), mailbox.both());
			assertFalse(usersOf(james).contains("user0@faults.test"), "nothing applied");

			// staff replace the server definition with one that pins the certificate (one server: its domains live there)
			assertEquals(0, mailbox.run("server", "remove", workspace.toString(), "tls"), mailbox.both());
			assertEquals(0, mailbox.run("server", "add", workspace.toString(), "pinned", "--kind", "james", "--url",
					james.webAdminUrl(), "--pin-presented", "--lang", "en"), mailbox.both());
			assertTrue(mailbox.out().contains("Pinned certificate SHA-256: "), mailbox.out());
			assertEquals(0, mailbox.run("apply", workspace.toString(), "--server", "pinned", "--lang", "en"), mailbox.both());
			assertTrue(usersOf(james).contains("user2@faults.test"));

			mailbox.run("server", "add", workspace.toString(), "wrongpin", "--kind", "james", "--url", james.webAdminUrl(),
					"--pin-sha256", "00".repeat(32));
			Path moved = Files.createTempFile("move", ".csv");
			Files.writeString(moved, "domain,server\nfaults.test,wrongpin\n"); // so its plan has the domain to read
			assertEquals(0, mailbox.run("import", moved.toString(), "--into", workspace.toString()), mailbox.both());
			assertEquals(3, mailbox.run("plan", workspace.toString(), "--server", "wrongpin", "--lang", "en"));
		} finally {
			james.stop();
		}
	}

	@Test
	void refusedCredentialsAreNamedAndNothingIsApplied() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		Path pem = Files.createTempFile("jwt", ".pub");
		Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
		JamesServer james = new JamesServer("jwt", 44000).withJwtPublicKey(pem).start();
		try {
			mailbox.run("server", "add", workspace.toString(), "jwt", "--kind", "james", "--url", james.webAdminUrl());
			ServerSecrets.store(mailbox.credentials, "jwt", james.webAdminUrl(), null, "not.a.token".toCharArray());
			assertEquals(3, mailbox.run("apply", workspace.toString(), "--server", "jwt", "--lang", "en"));
			assertTrue(mailbox.err().contains("refused the credentials (HTTP 401)"), mailbox.both());
			assertFalse(mailbox.both().contains("not.a.token"), "the secret is never printed");

			ServerSecrets.store(mailbox.credentials, "jwt", james.webAdminUrl(), null, token(keys).toCharArray());
			assertEquals(0, mailbox.run("apply", workspace.toString(), "--server", "jwt", "--lang", "en"), mailbox.both());
		} finally {
			james.stop();
		}
	}

	@Test
	void aServerThatDiesMidApplyExitsThreeAndARestartedOneIsRestoredFromTheModel() throws Exception {
		Path dir = Files.createTempDirectory("mailbox-crash");
		Path big = dir.resolve("ws");
		Path csv = dir.resolve("m.csv");
		StringBuilder rows = new StringBuilder("address,forward_to,quota_mb,password\n");
		int count = 600;
		for (int i = 0; i < count; i++) {
			rows.append("u").append(i).append("@crash").append(i % 5).append(".test,")
					.append(i % 3 == 0 ? "" : "u" + (i - 1) + "@crash" + ((i - 1) % 5) + ".test").append(',').append(100 + i).append(',')
					.append(PW).append('\n');
		}
		Files.writeString(csv, rows);
		mailbox.importNotifiedHosts(big, "crash0.test", "crash1.test", "crash2.test", "crash3.test", "crash4.test");
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", big.toString()), mailbox.both());
		JamesServer james = new JamesServer("crash", 45000).start();
		try {
			mailbox.run("server", "add", big.toString(), "crash", "--kind", "james", "--url", james.webAdminUrl());
			MailboxCli applying = new MailboxCli(new JamesConnectorFactory());
			for (String account : mailbox.credentials.accounts()) {
				applying.credentials.store(account, mailbox.credentials.load(account).orElseThrow());
			}
			CompletableFuture<Integer> apply = CompletableFuture.supplyAsync(
					() -> applying.run("apply", big.toString(), "--server", "crash", "--lang", "en"));
			Path audit = big.resolve("audit.log");
			Await.until("100 lines in the audit log", Duration.ofSeconds(60),
					() -> Files.exists(audit) && Files.readAllLines(audit).size() >= 100);
			james.kill();
			assertEquals(3, apply.get(2, TimeUnit.MINUTES), applying.both());
			assertTrue(applying.err().contains("cannot be reached"), applying.both());
			assertTrue(applying.out().contains("not attempted"), applying.out());

			james.start(); // empty again: James keeps nothing across a restart
			// what the first apply had done is lost with the server: only a full read (--refresh) sees that
			assertEquals(0, mailbox.run("apply", big.toString(), "--server", "crash", "--refresh", "--lang", "en"), mailbox.both());
			assertEquals(0, mailbox.run("plan", big.toString(), "--server", "crash", "--refresh", "--lang", "en"), mailbox.both());
			assertTrue(mailbox.out().startsWith("Plan for server crash: 0 changes, 0 conflicts"), mailbox.out());
			String users = usersOf(james);
			assertEquals(count, users.split("\"username\"").length - 1, users.length() > 300 ? users.substring(0, 300) : users);
			String forwards = get(james, "/address/forwards/u1@crash1.test");
			assertTrue(forwards.contains("u0@crash0.test"), forwards);
		} finally {
			james.stop();
		}
	}

	private static String token(KeyPair keys) throws Exception {
		Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
		String header = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String claims = url.encodeToString(("{\"sub\":\"admin@faults.test\",\"admin\":true,\"exp\":"
				+ (System.currentTimeMillis() / 1000 + 3600) + "}").getBytes(StandardCharsets.UTF_8));
		Signature signature = Signature.getInstance("SHA256withRSA");
		signature.initSign(keys.getPrivate());
		signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
		return header + "." + claims + "." + url.encodeToString(signature.sign());
	}

	private static String usersOf(JamesServer james) throws Exception {
		return get(james, "/users");
	}

	/** Reads WebAdmin directly, trusting exactly the test server's certificate when it speaks HTTPS. */
	private static String get(JamesServer james, String path) throws Exception {
		HttpClient client = HttpClient.newBuilder().sslContext(TestTls.trusting(james.certificate())).build();
		return client.send(HttpRequest.newBuilder(URI.create(james.webAdminUrl() + path)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}
}
