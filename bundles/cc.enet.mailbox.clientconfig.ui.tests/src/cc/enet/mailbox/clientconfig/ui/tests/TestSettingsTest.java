package cc.enet.mailbox.clientconfig.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.test.support.ConsoleHome;
import cc.enet.mailbox.test.support.SharedServer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.clientconfig.ui.probe.ProbeJob;
import cc.enet.mailbox.clientconfig.ui.probe.ProbeOptions;
import cc.enet.mailbox.ui.session.ProbeOutcomes;
import cc.enet.mailbox.ui.table.MailboxTableColumn;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.MailboxTableBot;
import cc.enet.mailbox.ui.tests.bots.ProbeResultsBot;
import cc.enet.mailbox.ui.tests.bots.ProbeResultsBot.Row;
import cc.enet.mailbox.ui.tests.bots.ProblemsViewBot;
import cc.enet.mailbox.ui.tests.bots.Screenshots;
import cc.enet.mailbox.ui.tests.bots.Ui;

/**
 * Test Settings against a real Apache James (the module's shared one): the model says localhost on 995/993/465, the console's
 * probe routes go to James's loopback ports. A password changed on the server, a nearly full and a full mailbox show
 * as markers until the next test of that mailbox; the usage shows in the mailbox table.
 */
class TestSettingsTest {

	/** The console home of this class's own: its secure storage, demo workspace and logs. */
	@RegisterExtension
	static final ConsoleHome HOME = new ConsoleHome();

	/** The module's James, emptied for this class (it stays up for the next). */
	@RegisterExtension
	static final SharedServer<JamesServer> JAMES = SharedJames.JAMES;

	private static final String PW = "Probe-Pa55word";
	private static final String TANAKA = "tanaka@probe.test";
	private static final String SATO = "sato@probe.test";
	private static JamesServer james;
	private static Path folder;

	@BeforeAll
	static void startJames() throws Exception {
		james = JAMES.get();
		folder = HOME.folder();
		assertEquals(204, james.put("/domains/probe.test"));
		assertEquals(204, james.putJson("/users/" + TANAKA, "{\"password\":\"" + PW + "\"}"));
		assertEquals(204, james.putJson("/users/" + SATO, "{\"password\":\"changed-behind-the-console\"}"));
		ProbeOptions.preferences().put(ProbeOptions.CONNECT_TO, "localhost:995:127.0.0.1:" + james.port("POP3S_PORT")
				+ " localhost:993:127.0.0.1:" + james.port("IMAPS_PORT") + " localhost:465:127.0.0.1:" + james.port("SMTPS_PORT"));
		ProbeOptions.preferences().put(ProbeOptions.CACERT, james.certificate().toString());
		ProbeOptions.preferences().put(ProbeOptions.RESOLVER, ProbeOptions.NO_DNS); // DnsCheckConsoleTest checks DNS
	}

	@AfterAll
	static void stopJames() throws Exception {
		ProbeOptions.preferences().remove(ProbeOptions.CONNECT_TO);
		ProbeOptions.preferences().remove(ProbeOptions.CACERT);
		ProbeOptions.preferences().remove(ProbeOptions.RESOLVER);
	}

	private static Path createWorkspace() throws Exception {
		Path ws = folder.resolve("ws");
		MailboxWorkspace workspace = WorkspaceStore.create(ws, "probe");
		Customer customer = MailboxModels.newCustomer("C-300", "Probe Trading");
		Domain domain = MailboxModels.newDomain("probe.test");
		domain.getEndpoints().forEach(e -> e.setHost("localhost")); // what James's certificate names
		customer.getDomains().add(domain);
		workspace.root().getCustomers().add(customer);
		domain.getMailboxes().add(MailboxModels.newMailbox(domain, TANAKA));
		domain.getMailboxes().add(MailboxModels.newMailbox(domain, SATO));
		WorkspaceStore.save(workspace);
		var passwords = MailboxPasswords.of(SecureStorageCredentialStore.open(SecureStorageCredentialStore.defaultFolder()),
				workspace.folder());
		passwords.store(TANAKA, PW.toCharArray());
		passwords.store(SATO, PW.toCharArray());
		return ws;
	}

	@Test
	void testsMailboxesMarksWhatFailsAndShowsTheUsageUntilTheNextTest() throws Exception {
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(createWorkspace());
		MailboxTableBot table = console.navigator().open("probe.test");
		console.navigator().contextMenu("probe.test", "Test Settings"); // the domain: each of its mailboxes
		ProbeResultsBot results = console.probeResults().waitUntilDone();

		assertEquals(List.of("Mailbox", "Protocol", "Host:port", "Step", "Result", "Detail", "ms"), results.headers());
		for (String protocol : List.of("POP3", "IMAP", "SMTP")) {
			List<Row> tanaka = results.rows(TANAKA, protocol);
			assertTrue(tanaka.stream().anyMatch(r -> r.step().equals("login")), tanaka::toString);
			assertTrue(tanaka.stream().allMatch(r -> r.result().equals("ok")), tanaka::toString);
			List<Row> sato = results.rows(SATO, protocol);
			assertTrue(sato.stream().anyMatch(r -> r.step().equals("login") && r.result().equals("FAILED")
					&& r.detail().startsWith("login refused for " + SATO)), sato::toString);
		}
		assertTrue(results.rows(TANAKA, "SMTP").contains(new Row(TANAKA, "SMTP", "localhost:465", "test mail", "ok",
				"accepted a message to " + TANAKA)), results.rows()::toString);
		assertTrue(results.rows().stream().noneMatch(r -> r.detail().contains(PW)), "never a password");

		ProblemsViewBot problems = console.problems();
		ProblemsViewBot.Row refused = problems.waitForRow("probe.login", SATO);
		assertEquals(IMarker.SEVERITY_ERROR, refused.marker().getAttribute(IMarker.SEVERITY, -1));
		assertNull(problems.find("probe.login", TANAKA));
		assertEquals("", table.cell(TANAKA, MailboxTableColumn.QUOTA_USAGE), "James sets no limit yet");

		// Nearly full: 100 KB of mail, then a limit the usage fills to 95 %.
		deliver(TANAKA, 100_000);
		long used = usage(TANAKA);
		assertEquals(204, james.putJson("/quota/users/" + TANAKA + "/size", Long.toString(used * 100 / 95)));
		table.select(TANAKA).clickMenu("Test Settings");
		results.waitUntilDone();
		ProblemsViewBot.Row nearlyFull = problems.waitForRow("quota.usage", TANAKA);
		Screenshots.take("probe-problems-en");
		assertEquals(IMarker.SEVERITY_WARNING, nearlyFull.marker().getAttribute(IMarker.SEVERITY, -1), nearlyFull::toString);
		Ui.waitUntil("the usage column shows the test", () -> !table.cell(TANAKA, MailboxTableColumn.QUOTA_USAGE).isEmpty());
		String usage = table.cell(TANAKA, MailboxTableColumn.QUOTA_USAGE);
		assertTrue(usage.matches("\\d+ KB / \\d+ KB \\(9\\d %\\)"), usage); // about 100 KB of a 105 KB limit
		results.bringToTop();
		Screenshots.take("test-settings-en");
		assertTrue(problems.find("probe.login", SATO) != null, "sato was not tested again: its marker stays");

		// Full: the limit below what is stored. The next test replaces the warning by an error.
		assertEquals(204, james.putJson("/quota/users/" + TANAKA + "/size", Long.toString(used / 2)));
		table.select(TANAKA).clickMenu("Test Settings");
		results.waitUntilDone();
		Ui.waitUntil("the quota marker of " + TANAKA + " is an error", () -> {
			ProblemsViewBot.Row row = problems.find("quota.usage", TANAKA);
			return row != null && row.marker().exists()
					&& row.marker().getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR;
		});
		assertEquals(1, problems.rows().stream().filter(r -> r.marker().getAttribute("ruleId", "").equals("quota.usage")).count());
		assertEquals("100 %", table.cell(TANAKA, MailboxTableColumn.QUOTA_USAGE).replaceAll(".*\\((.*)\\)", "$1"));

		// The customer's password set back on the server: the next test of sato clears its marker.
		assertEquals(204, james.putJson("/users/" + SATO + "?force", "{\"password\":\"" + PW + "\"}"));
		table.select(SATO).clickMenu("Test Settings");
		results.waitUntilDone();
		problems.waitUntilGone("probe.login", SATO);
	}

	/** A message of about {@code bytes} through James's plain SMTP port, as another mail server would send it. */
	private static void deliver(String to, int bytes) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", james.port("SMTP_PORT"))) {
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			OutputStream out = socket.getOutputStream();
			expect(in, "220");
			send(out, "EHLO test.example");
			String line;
			do {
				line = in.readLine();
			} while (line != null && line.startsWith("250-"));
			send(out, "MAIL FROM:<sender@example.org>");
			expect(in, "250");
			send(out, "RCPT TO:<" + to + ">");
			expect(in, "250");
			send(out, "DATA");
			expect(in, "354");
			StringBuilder message = new StringBuilder("From: sender@example.org\r\nTo: " + to + "\r\nSubject: filler\r\n\r\n");
			String row = "x".repeat(98) + "\r\n";
			for (int i = 0; i < bytes / row.length(); i++) {
				message.append(row);
			}
			send(out, message + ".");
			expect(in, "250");
			send(out, "QUIT");
		}
	}

	private static void expect(BufferedReader in, String code) throws Exception {
		String line = in.readLine();
		if (line == null || !line.startsWith(code)) {
			throw new AssertionError("SMTP said " + line + ", expected " + code);
		}
	}

	private static void send(OutputStream out, String line) throws Exception {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	/** The bytes James counts for the user, once the delivered mail is stored. */
	private static long usage(String user) throws Exception {
		Pattern size = Pattern.compile("\"occupation\":\\{\"size\":(\\d+)");
		long[] found = { 0 };
		Ui.waitUntil("James stored the mail for " + user, () -> {
			try {
				Matcher m = size.matcher(james.get("/quota/users/" + user));
				found[0] = m.find() ? Long.parseLong(m.group(1)) : 0;
				return found[0] > 90_000;
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		return found[0];
	}

	/** Cancel ends the job before the next mailbox: what was tested stays, the rest is not touched. */
	@Test
	void cancelStopsBeforeTheNextMailbox() throws Exception {
		Path ws = folder.resolve("cancel");
		MailboxWorkspace workspace = WorkspaceStore.create(ws, "cancel");
		Customer customer = MailboxModels.newCustomer("C-301", "Cancel Trading");
		Domain domain = MailboxModels.newDomain("cancel.test");
		domain.getEndpoints().forEach(e -> e.setHost("localhost"));
		customer.getDomains().add(domain);
		workspace.root().getCustomers().add(customer);
		for (String local : List.of("a", "b", "c")) {
			domain.getMailboxes().add(MailboxModels.newMailbox(domain, local + "@cancel.test"));
		}
		WorkspaceStore.save(workspace);
		// a server that accepts and never answers: each step waits for the (short) time-out
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			List<Socket> held = new CopyOnWriteArrayList<>();
			Thread acceptor = new Thread(() -> {
				try {
					while (true) {
						held.add(silent.accept());
					}
				} catch (IOException closed) {
					// the test is over
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			String routesBefore = ProbeOptions.preferences().get(ProbeOptions.CONNECT_TO, "");
			int port = silent.getLocalPort();
			ProbeOptions.preferences().put(ProbeOptions.CONNECT_TO, "localhost:995:127.0.0.1:" + port
					+ " localhost:993:127.0.0.1:" + port + " localhost:465:127.0.0.1:" + port);
			ProbeOptions.preferences().putInt(ProbeOptions.TIMEOUT_SECONDS, 1);
			try {
				ConsoleBot console = ConsoleBot.console();
				console.openWorkspace(ws);
				MailboxTableBot table = console.navigator().open("cancel.test");
				table.select("a@cancel.test", "b@cancel.test", "c@cancel.test").clickMenu("Test Settings");
				Ui.waitUntil("the first mailbox is under test", () -> !held.isEmpty());
				Job job = Job.getJobManager()
						.find(ProbeJob.FAMILY)[0];
				job.cancel(); // what the progress dialog's Cancel does
				ProbeResultsBot results = console.probeResults().waitUntilDone();
				assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
				List<String> tested = results.rows().stream().map(Row::mailbox).distinct().toList();
				assertEquals(List.of("a@cancel.test"), tested, "the mailbox under test finishes, the others are not tried");
				assertTrue(results.rows().stream().allMatch(r -> !r.step().equals("TLS") || r.result().equals("FAILED")),
						results.rows()::toString);
				assertNull(ProbeOutcomes.latest(table.mailbox("c@cancel.test")));
			} finally {
				ProbeOptions.preferences().put(ProbeOptions.CONNECT_TO, routesBefore);
				ProbeOptions.preferences().remove(ProbeOptions.TIMEOUT_SECONDS);
				for (Socket socket : held) {
					socket.close();
				}
			}
		}
	}
}
