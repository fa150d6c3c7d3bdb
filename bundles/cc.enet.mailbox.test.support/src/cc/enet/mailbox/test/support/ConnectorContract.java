package cc.enet.mailbox.test.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.MailboxState.Forwarding;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.WorkspaceStore;

/**
 * What every connector must do, written once: a subclass starts its own real server and says how to reach it and
 * how to change it behind the console's back. Through ./mailbox (in-process) on one workspace, in order: plan names
 * what to create, apply does every change with an intent and a result line in the audit log, the server gives back
 * what was written (the fields it declares readable), a change on the server is a conflict that apply leaves alone,
 * and pull takes it into the model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class ConnectorContract {

	protected static final String SERVER = "contract";
	private static final String PW = "Contract-Pa55word";
	private static final String DOMAIN = "contract.test";
	private static final String TANAKA = "tanaka@" + DOMAIN;
	private static final String SATO = "sato@" + DOMAIN;
	private static final String SUZUKI = "suzuki@" + DOMAIN;
	private static final String KATO = "kato@" + DOMAIN;
	private static final Pattern CHANGE = Pattern.compile("\"change\":\"((?:[^\"\\\\]|\\\\.)*)\"");
	private static final Pattern RESULT = Pattern.compile("\"result\":\"(\\w+)\"");

	private MailboxCli mailbox;
	private Path workspace;

	/** Starts this connector's real server on the test's own loopback ports. */
	protected abstract void startServer() throws Exception;

	protected abstract void stopServer() throws Exception;

	protected abstract ConnectorFactory factory();

	/** The arguments after {@code ./mailbox server add WS NAME} that point a workspace at the server. */
	protected abstract List<String> serverAddArgs();

	/** Keeps the server's secrets as {@code ./mailbox server secret} would; a server that takes none keeps nothing. */
	protected void storeSecrets(CredentialStore store, MailServer server) throws Exception {
	}

	/** A session on the server as the workspace describes it, to read back what apply wrote. */
	protected abstract Connector connect(MailServer server) throws Exception;

	/** Moves a mailbox's forward from one target to another on the server itself, as a customer's webmail would. */
	protected abstract void redirectOnTheServer(String address, String from, String to) throws Exception;

	@BeforeAll
	void startServerWithAWorkspace() throws Exception {
		startServer();
		mailbox = new MailboxCli(factory());
		Path dir = Files.createTempDirectory("mailbox-contract");
		workspace = dir.resolve("ws");
		Path csv = dir.resolve("m.csv");
		Files.writeString(csv, String.join("\n",
				"address,forward_to,forward_keep_copy,deny_addresses,deny_domains,quota_mb,password",
				TANAKA + ",,no,,,1024," + PW,
				SATO + "," + TANAKA + ",no,,,1024," + PW,
				SUZUKI + "," + TANAKA + ",yes,,,1024," + PW,
				KATO + ",,no,spam@bad.test,evil.test,5," + PW) + "\n");
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", workspace.toString()), mailbox.both());
		mailbox.importNotifiedHosts(workspace, DOMAIN);
		List<String> add = new ArrayList<>(List.of("server", "add", workspace.toString(), SERVER));
		add.addAll(serverAddArgs());
		assertEquals(0, mailbox.run(add.toArray(String[]::new)), mailbox.both());
		storeSecrets(mailbox.credentials, server());
	}

	@AfterAll
	void stopTheServer() throws Exception {
		stopServer();
	}

	@Test
	@Order(1)
	void planNamesEverythingToCreate() {
		assertEquals(0, plan(), mailbox.both());
		assertTrue(mailbox.out().contains("create    " + DOMAIN + " (domain)"), mailbox.out());
		for (String address : List.of(TANAKA, SATO, SUZUKI, KATO)) {
			assertTrue(mailbox.out().contains("create    " + address), mailbox.out());
		}
		assertTrue(mailbox.out().contains("update    " + KATO + " quota: - -> 5 MB"), mailbox.out());
	}

	@Test
	@Order(2)
	void applyDoesEveryChangeWithAnIntentAndAResultInTheAuditLog() throws Exception {
		assertEquals(0, mailbox.run("apply", workspace.toString(), "--server", SERVER, "--lang", "en"), mailbox.both());
		Matcher summary = Pattern.compile("Applied to " + SERVER + ": (\\d+) done, 0 failed, 0 skipped, 0 not attempted")
				.matcher(mailbox.out());
		assertTrue(summary.find(), mailbox.out());
		int done = Integer.parseInt(summary.group(1));
		assertTrue(done >= 9, "a domain, four mailboxes, their quota, forwarding and lists: " + mailbox.out());

		// changes run side by side: each one's result comes after its own intent, not right after it
		List<String> lines = Files.readAllLines(workspace.resolve("audit.log"));
		Map<String, Integer> intents = new HashMap<>();
		Map<String, Integer> results = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher change = CHANGE.matcher(lines.get(i));
			assertTrue(change.find(), lines.get(i));
			if (lines.get(i).contains("\"event\":\"intent\"")) {
				assertNull(intents.put(change.group(1), i), "one request per change: " + change.group(1));
			} else {
				Matcher result = RESULT.matcher(lines.get(i));
				assertTrue(result.find() && result.group(1).equals("done"), lines.get(i));
				results.put(change.group(1), i);
			}
		}
		assertEquals(done, intents.size(), intents.keySet()::toString);
		assertEquals(intents.keySet(), results.keySet());
		intents.forEach((change, line) -> assertTrue(line < results.get(change), "the intent before the result: " + change));
		assertFalse(Files.readString(workspace.resolve("audit.log")).contains(PW), "no password in the audit log");
		assertFalse(mailbox.both().contains(PW), "no password in the output");
		assertEquals(0, mailbox.run("audit", "verify", workspace.toString(), "--lang", "en"), mailbox.both());
	}

	@Test
	@Order(3)
	void theServerGivesBackWhatWasWritten() throws Exception {
		try (Connector connector = connect(server())) {
			var read = connector.read(Set.of(DOMAIN), null).mailboxes();
			assertEquals(Set.of(TANAKA, SATO, SUZUKI, KATO), read.keySet());
			Set<Field> readable = connector.capabilities().readable();
			MailboxState kato = read.get(KATO);
			if (readable.contains(Field.QUOTA)) {
				assertEquals(5, kato.quotaMb());
			}
			if (readable.contains(Field.ALLOW_DENY)) {
				assertEquals(List.of("spam@bad.test"), kato.filters().denyAddresses());
				assertEquals(List.of("evil.test"), kato.filters().denyDomains());
			}
			assertTrue(readable.contains(Field.FORWARDING), "every server here forwards");
			assertEquals(new Forwarding(List.of(TANAKA), false), read.get(SATO).forwarding());
			assertEquals(new Forwarding(List.of(TANAKA), true), read.get(SUZUKI).forwarding());
		}
		assertEquals(0, plan(), mailbox.both());
		assertTrue(mailbox.out().startsWith("Plan for server " + SERVER + ": 0 changes, 0 conflicts, 0 unmanaged"), mailbox.out());
	}

	@Test
	@Order(4)
	void aChangeOnTheServerIsAConflictThatApplyLeavesAlone() throws Exception {
		redirectOnTheServer(SATO, TANAKA, SUZUKI);
		assertEquals(0, plan(), mailbox.both());
		assertTrue(mailbox.out().contains(": 0 changes, 0 conflicts") && mailbox.out().contains("Read 0 mailboxes"),
				"staff changed nothing: nothing is read " + mailbox.out());
		assertEquals(0, plan("--refresh"), mailbox.both());
		assertTrue(mailbox.out().contains("conflict  " + SATO + " forwarding: server has " + SUZUKI + " (was " + TANAKA), mailbox.out());

		assertEquals(0, mailbox.run("apply", workspace.toString(), "--server", SERVER, "--lang", "en", "--refresh"), mailbox.both());
		assertTrue(mailbox.out().contains("1 conflicts left alone"), mailbox.out());
		try (Connector connector = connect(server())) {
			assertEquals(List.of(SUZUKI), connector.read(Set.of(DOMAIN), null).mailboxes().get(SATO).forwarding().targets());
		}
	}

	@Test
	@Order(5)
	void pullTakesTheServersValueIntoTheModel() throws Exception {
		assertEquals(0, mailbox.run("pull", workspace.toString(), "--server", SERVER, "--lang", "en"), mailbox.both());
		assertTrue(mailbox.out().contains("  " + SATO), mailbox.out());
		assertEquals(List.of(SUZUKI), WorkspaceStore.open(workspace).findMailbox(SATO).orElseThrow().getForwarding().getTargets());
		String audit = Files.readString(workspace.resolve("audit.log"));
		assertTrue(audit.contains("\"change\":\"pull " + SATO + "\",\"result\":\"taken\""), audit);

		assertEquals(0, plan(), mailbox.both());
		assertTrue(mailbox.out().startsWith("Plan for server " + SERVER + ": 0 changes, 0 conflicts"), mailbox.out());
		assertEquals(0, mailbox.run("audit", "verify", workspace.toString(), "--lang", "en"), mailbox.both());
	}

	private int plan(String... more) {
		List<String> args = new ArrayList<>(List.of("plan", workspace.toString(), "--server", SERVER, "--lang", "en"));
		args.addAll(List.of(more));
		return mailbox.run(args.toArray(String[]::new));
	}

	/** The server as the workspace holds it after `server add`. */
	private MailServer server() throws Exception {
		return WorkspaceStore.open(workspace).findServer(SERVER).orElseThrow();
	}
}
