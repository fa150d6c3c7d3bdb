package cc.enet.mailbox.connector.james.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.james.JamesConnectorFactory;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.MailboxCli;
import cc.enet.mailbox.test.support.SharedServer;

/**
 * mailbox probe against a real James: the model says localhost on 995/993/465 (what James's certificate names),
 * --connect-to sends the connections to James's loopback ports, as staff test a server before DNS moves.
 */
class ProbeJamesTest {

	private static final String ADDRESS = "tanaka@sakura-trading.co.jp";
	private static final String PW = "Probe-Pa55word";

	@RegisterExtension
	static final SharedServer<JamesServer> JAMES = SharedJames.JAMES;
	private static JamesServer james;
	private static Path workspace;
	private static final MailboxCli mailbox = new MailboxCli(new JamesConnectorFactory());

	@BeforeAll
	static void startJamesWithTheMailbox() throws Exception {
		james = JAMES.get();
		assertEquals(204, webAdmin("PUT", "/domains/sakura-trading.co.jp", null));
		assertEquals(204, webAdmin("PUT", "/users/" + ADDRESS, "{\"password\":\"" + PW + "\"}"));
		workspace = Files.createTempDirectory("mailbox-probe").resolve("ws");
		MailboxWorkspace ws = WorkspaceStore.create(workspace, "Probe");
		Customer customer = MailboxModels.newCustomer("sakura-trading", "さくら商事");
		Domain domain = MailboxModels.newDomain("sakura-trading.co.jp");
		domain.getEndpoints().forEach(e -> e.setHost("localhost"));
		customer.getDomains().add(domain);
		ws.root().getCustomers().add(customer);
		Mailbox tanaka = MailboxModels.newMailbox(domain, ADDRESS);
		domain.getMailboxes().add(tanaka);
		WorkspaceStore.save(ws);
		MailboxPasswords.of(mailbox.credentials, workspace).store(ADDRESS, PW.toCharArray());
	}

	@Test
	void everyStepPassesOnEveryProtocolAndTheJsonSaysSo() throws Exception {
		assertEquals(0, probe("--lang", "en"), mailbox.both());
		for (String protocol : new String[] { "POP3 localhost:995", "IMAP localhost:993", "SMTP localhost:465" }) {
			for (String step : new String[] { "connect", "tls", "auth-mechanisms", "login" }) {
				assertTrue(mailbox.out().contains("ok   " + ADDRESS + " " + protocol + " " + step + " "), protocol + " " + step + "\n" + mailbox.out());
			}
		}
		assertTrue(mailbox.out().contains("ok   " + ADDRESS + " SMTP localhost:465 send "), mailbox.out());
		assertTrue(mailbox.out().contains("CN=localhost"), mailbox.out());
		assertFalse(mailbox.both().contains(PW));

		assertEquals(0, probe("--format", "json", "--lang", "en"));
		String json = mailbox.out();
		assertTrue(json.startsWith("{\"results\":["), json);
		assertTrue(json.contains("{\"mailbox\":\"" + ADDRESS + "\",\"protocol\":\"SMTP\",\"host\":\"localhost\",\"port\":465,\"step\":\"send\",\"ok\":true,"), json);
		assertTrue(json.contains("\"summary\":{\"mailboxes\":1,\"steps\":13,\"passed\":13,\"failed\":0}"), json);
	}

	@Test
	void aPasswordChangedOnTheServerFailsTheLogins() throws Exception {
		assertEquals(204, webAdmin("PUT", "/users/" + ADDRESS + "?force", "{\"password\":\"changed-behind-our-back\"}"));
		try {
			assertEquals(1, probe("--lang", "en"));
			for (String protocol : new String[] { "POP3", "IMAP", "SMTP" }) {
				assertTrue(mailbox.out().contains("FAIL " + ADDRESS + " " + protocol), protocol + "\n" + mailbox.out());
			}
			assertTrue(mailbox.out().contains("login refused for " + ADDRESS), mailbox.out());
		} finally {
			assertEquals(204, webAdmin("PUT", "/users/" + ADDRESS + "?force", "{\"password\":\"" + PW + "\"}"));
		}
	}

	@Test
	void nothingReachableExitsWithThree() {
		assertEquals(3, mailbox.run("probe", workspace.toString(), "--mailbox", ADDRESS, "--cacert", james.certificate().toString(),
				"--connect-to", "localhost:995:127.0.0.1:1", "--connect-to", "localhost:993:127.0.0.1:1",
				"--connect-to", "localhost:465:127.0.0.1:1", "--lang", "en"));
		assertTrue(mailbox.out().contains("FAIL " + ADDRESS + " POP3 localhost:995 connect "), mailbox.out());
	}

	@Test
	void aPlainTextPortIsReportedAsNoSslFromTheConnect() {
		assertEquals(1, mailbox.run("probe", workspace.toString(), "--mailbox", ADDRESS, "--cacert", james.certificate().toString(),
				"--connect-to", "localhost:995:127.0.0.1:" + james.port("POP3S_PORT"),
				"--connect-to", "localhost:993:127.0.0.1:" + james.port("IMAPS_PORT"),
				"--connect-to", "localhost:465:127.0.0.1:" + james.port("SMTP_PORT"), "--lang", "en"));
		assertTrue(mailbox.out().contains("FAIL " + ADDRESS + " SMTP localhost:465 tls "), mailbox.out());
		assertTrue(mailbox.out().contains("the port greets in plain text (\"220 "), mailbox.out());
		assertTrue(mailbox.out().contains("ok   " + ADDRESS + " POP3 localhost:995 login "), mailbox.out());
	}

	@Test
	void anUntrustedCertificateFailsTheTlsStep() {
		List<String> args = new ArrayList<>(List.of("probe", workspace.toString(), "--mailbox", ADDRESS, "--lang", "en"));
		args.addAll(routes());
		assertEquals(1, mailbox.run(args.toArray(String[]::new)));
		assertTrue(mailbox.out().contains("FAIL " + ADDRESS + " POP3 localhost:995 tls "), mailbox.out());
		assertTrue(mailbox.out().contains("the certificate is not trusted"), mailbox.out());
		assertFalse(mailbox.out().contains(" login "), "no login over an untrusted connection");
	}

	@Test
	void aCertificateForAnotherHostFailsTheTlsStepThoughTheConnectionGoesToTheRightServer() throws Exception {
		Path other = Files.createTempDirectory("mailbox-probe-host").resolve("ws");
		MailboxWorkspace ws = WorkspaceStore.create(other, "Probe host");
		Customer customer = MailboxModels.newCustomer("sakura-trading", "さくら商事");
		Domain domain = MailboxModels.newDomain("sakura-trading.co.jp");
		domain.getEndpoints().forEach(e -> e.setHost("pop.sakura-trading.co.jp"));
		customer.getDomains().add(domain);
		ws.root().getCustomers().add(customer);
		domain.getMailboxes().add(MailboxModels.newMailbox(domain, ADDRESS));
		WorkspaceStore.save(ws);
		assertEquals(1, mailbox.run("probe", other.toString(), "--mailbox", ADDRESS, "--cacert", james.certificate().toString(),
				"--connect-to", "pop.sakura-trading.co.jp:995:127.0.0.1:" + james.port("POP3S_PORT"), "--lang", "en"));
		assertTrue(mailbox.out().contains("ok   " + ADDRESS + " POP3 pop.sakura-trading.co.jp:995 connect "), mailbox.out());
		assertTrue(mailbox.out().contains("FAIL " + ADDRESS + " POP3 pop.sakura-trading.co.jp:995 tls "), mailbox.out());
		assertTrue(mailbox.out().contains("the certificate does not match pop.sakura-trading.co.jp"), mailbox.out());
	}

	private static int probe(String... extra) {
		List<String> args = new ArrayList<>(List.of("probe", workspace.toString(), "--mailbox", ADDRESS, "--cacert",
				james.certificate().toString()));
		args.addAll(routes());
		args.addAll(List.of(extra));
		return mailbox.run(args.toArray(String[]::new));
	}

	private static List<String> routes() {
		return List.of("--connect-to", "localhost:995:127.0.0.1:" + james.port("POP3S_PORT"), "--connect-to",
				"localhost:993:127.0.0.1:" + james.port("IMAPS_PORT"), "--connect-to",
				"localhost:465:127.0.0.1:" + james.port("SMTPS_PORT"));
	}

	private static int webAdmin(String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(james.webAdminUrl() + path));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}
}
