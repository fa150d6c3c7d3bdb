package cc.enet.mailbox.connector.dovecot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.core.credentials.ServerSecrets;
import cc.enet.mailbox.test.support.Await;
import cc.enet.mailbox.test.support.MailStack;
import cc.enet.mailbox.test.support.MailboxCli;

/**
 * Server parts failing under a real apply, as JamesFaultsTest does for James: PostgreSQL or Dovecot killed with SIGKILL
 * a few seconds into an apply of many mailboxes, then started again on the data they left. The apply stops with exit
 * 3 naming the part that failed; the next apply converges, the plan after it is empty, no row is there twice, no Sieve
 * script is left half written and the audit log's chain holds. And read deadlines: a doveadm that stopped answering
 * (SIGSTOP) fails an apply after the server's timeout instead of holding the workspace lock for minutes, and Cancel
 * ends the wait at once.
 * <p>Each test has domains of its own on one stack, so they pass in any order.
 */
class MailStackFaultsTest {

	private static final String PW = "Test-Pa55word";
	private static MailStack stack;

	@BeforeAll
	static void startStack() throws Exception {
		stack = new MailStack(51000).start();
	}

	@AfterAll
	static void stopStack() throws Exception {
		if (stack != null) {
			stack.stop();
		}
	}

	@Test
	void postgresqlKilledMidApplyIsNamedAndTheNextApplyConverges() throws Exception {
		killedMidApply("pg", 1500, "postgres", "PostgreSQL jdbc:postgresql://127.0.0.1:" + stack.get("PG_PORT"));
	}

	@Test
	void dovecotKilledMidApplyIsNamedAndTheNextApplyConverges() throws Exception {
		killedMidApply("dc", 400, "dovecot", "ManageSieve 127.0.0.1:" + stack.get("MANAGESIEVE_PORT"));
	}

	/**
	 * Imports {@code count} mailboxes in 20 domains named PREFIX0.test..., every fourth with a deny list (a Sieve
	 * script), every third forwarding; applies, kills the daemon once 150 changes are logged, starts it again, applies.
	 */
	private void killedMidApply(String prefix, int count, String daemon, String named) throws Exception {
		MailboxCli mailbox = new MailboxCli(new DovecotConnectorFactory());
		Path workspace = workspace(mailbox, prefix, count);
		MailboxCli applying = new MailboxCli(new DovecotConnectorFactory());
		copySecrets(mailbox, applying);
		CompletableFuture<Integer> apply = CompletableFuture.supplyAsync(
				() -> applying.run("apply", workspace.toString(), "--server", "stack", "--lang", "en"));
		awaitAuditLines(workspace, 300);
		stack.kill(daemon);
		try {
			assertEquals(3, apply.get(2, TimeUnit.MINUTES), applying.both());
			assertTrue(applying.err().contains(named), applying.err());
			if (daemon.equals("postgres")) {
				assertFalse(applying.err().contains("ManageSieve"), "a dead database is not ManageSieve's fault: " + applying.err());
			}
			assertTrue(applying.out().contains("not attempted"), applying.out());
		} finally {
			stack.revive();
		}

		assertEquals(0, mailbox.run("apply", workspace.toString(), "--server", "stack", "--lang", "en"), mailbox.both());
		assertEquals(0, mailbox.run("plan", workspace.toString(), "--server", "stack", "--lang", "en"), mailbox.both());
		assertTrue(mailbox.out().startsWith("Plan for server stack: 0 changes, 0 conflicts"), mailbox.out());
		String like = prefix + "%.test";
		assertEquals(List.of(String.valueOf(count)), sql("SELECT count(*) FROM mailbox WHERE domain LIKE ?", like));
		assertEquals(List.of(), sql("SELECT address FROM mailbox WHERE domain LIKE ? GROUP BY address HAVING count(*) > 1", like));
		assertEquals(List.of(), sql("SELECT address FROM alias WHERE address LIKE ? GROUP BY address, target HAVING count(*) > 1",
				"%@" + like));
		assertEquals(List.of(), halfWrittenScripts(prefix));
		assertEquals(0, mailbox.run("audit", "verify", workspace.toString(), "--lang", "en"), mailbox.both());
	}

	@Test
	void aStalledDoveadmFailsTheApplyAfterTheTimeoutAndFreesTheLock() throws Exception {
		MailboxCli mailbox = new MailboxCli(new DovecotConnectorFactory());
		Path workspace = workspace(mailbox, "st", 20, "--set", "timeout=3");
		// the mailboxes on the server first: the quota usage read is of the mailboxes the server holds
		assertEquals(0, mailbox.run("apply", workspace.toString(), "--server", "stack", "--lang", "en"), mailbox.both());
		List<Long> stopped = stopDoveadm();
		long started = System.nanoTime();
		try {
			// --refresh: a full read, quota usage included (a plan of what changed would ask doveadm nothing)
			assertEquals(3, mailbox.run("apply", workspace.toString(), "--server", "stack", "--refresh", "--lang", "en"),
					mailbox.both());
		} finally {
			signal("CONT", stopped);
		}
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
		assertTrue(mailbox.err().contains("Dovecot doveadm API " + stack.get("DOVEADM_URL") + " did not answer within 3 s"),
				mailbox.err());
		assertTrue(seconds < 15, "gave up after " + seconds + " s");
		assertEquals(0, mailbox.run("apply", workspace.toString(), "--server", "stack", "--lang", "en"), mailbox.both());
	}

	@Test
	void cancelEndsAReadThatWaitsForAStalledDoveadm() throws Exception {
		DovecotSettings full = StackSettings.of(stack, "stack");
		// the database and doveadm only: no Sieve reads before the quota read
		DovecotSettings settings = new DovecotSettings(full.jdbcUrl(), full.dbUser(), full.dbPassword(), null, 0, null, null,
				full.doveadmUrl(), full.doveadmKey(), full.pinSha256(), full.timeout(), null);
		List<Long> stopped = new ArrayList<>();
		try (DovecotConnector connector = new DovecotConnector(settings)) {
			connector.apply(new Change.CreateDomain("cx.test"), null);
			connector.apply(new Change.CreateMailbox("cancel@cx.test", "cx.test"), PW.toCharArray());
			stopped = stopDoveadm();
			NullProgressMonitor monitor = new NullProgressMonitor();
			CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS).execute(() -> monitor.setCanceled(true));
			long started = System.nanoTime();
			ConnectorException e = assertThrows(ConnectorException.class, () -> connector.read(Set.of("cx.test"), monitor));
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
			assertTrue(millis < 5_000, "Cancel took " + millis + " ms; the deadline is 30 s");
		} finally {
			signal("CONT", stopped);
		}
	}

	/** Stops (SIGSTOP) Dovecot's master and its doveadm servers: connections to the API are taken, never answered. */
	private static List<Long> stopDoveadm() throws Exception {
		List<Long> stopped = new ArrayList<>();
		for (long pid : stack.pids("dovecot")) {
			String command = ProcessHandle.of(pid).flatMap(p -> p.info().command()).orElse("");
			if (stopped.isEmpty() || command.endsWith("/doveadm-server")) {
				// the first is the master, stopped first so that it starts no new doveadm server
				try {
					signal("STOP", List.of(pid));
					stopped.add(pid);
				} catch (IOException e) {
					// a doveadm server may end on its own between the listing and the signal; the master may not
					if (stopped.isEmpty() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
						signal("CONT", stopped);
						throw e;
					}
				}
			}
		}
		return stopped;
	}

	private static void signal(String signal, List<Long> pids) throws Exception {
		if (pids.isEmpty()) {
			return;
		}
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		pids.forEach(pid -> command.add(String.valueOf(pid)));
		MailStack.run(null, command.toArray(String[]::new));
	}

	/**
	 * A workspace of {@code count} mailboxes with passwords in 20 domains PREFIX0.test ..., with the stack as "stack"
	 * (and the extra arguments of server add).
	 */
	private static Path workspace(MailboxCli mailbox, String prefix, int count, String... serverAdd) throws Exception {
		Path dir = Files.createTempDirectory("mailbox-faults-" + prefix);
		Path workspace = dir.resolve("ws");
		StringBuilder rows = new StringBuilder("address,forward_to,forward_keep_copy,deny_domains,quota_mb,password\n");
		String[] domains = new String[20];
		for (int d = 0; d < domains.length; d++) {
			domains[d] = prefix + d + ".test";
		}
		for (int i = 0; i < count; i++) {
			String address = "u" + i + "@" + domains[i % domains.length];
			String forward = i % 3 == 1 ? "u" + (i - 1) + "@" + domains[(i - 1) % domains.length] : "";
			rows.append(address).append(',').append(forward).append(',').append(!forward.isEmpty() && i % 2 == 0 ? "yes" : "no").append(',')
					.append(i % 4 == 0 ? "spam" + i + ".test" : "").append(',').append(100 + i % 50).append(',').append(PW).append('\n');
		}
		Path csv = dir.resolve("m.csv");
		Files.writeString(csv, rows);
		mailbox.importNotifiedHosts(workspace, domains);
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", workspace.toString()), mailbox.both());
		List<String> add = new ArrayList<>(List.of("server", "add", workspace.toString(), "stack"));
		add.addAll(List.of(stack.serverAddArgs()));
		add.addAll(List.of(serverAdd));
		assertEquals(0, mailbox.run(add.toArray(String[]::new)), mailbox.both());
		String url = stack.server("stack").getUrl();
		String pin = stack.server("stack").getPinnedCertificateSha256();
		ServerSecrets.store(mailbox.credentials, "stack", url, pin, stack.secret("DEFAULT").toCharArray());
		for (String key : List.of("MANAGESIEVE", "DOVEADM")) {
			ServerSecrets.store(mailbox.credentials, ServerSecrets.named("stack", key), url, pin, stack.secret(key).toCharArray());
		}
		return workspace;
	}

	private static void copySecrets(MailboxCli from, MailboxCli to) throws Exception {
		for (String account : from.credentials.accounts()) {
			to.credentials.store(account, from.credentials.load(account).orElseThrow());
		}
	}

	private static void awaitAuditLines(Path workspace, int lines) {
		Path audit = workspace.resolve("audit.log");
		Await.until(lines + " lines in the audit log", Duration.ofSeconds(120),
				() -> Files.exists(audit) && Files.readAllLines(audit).size() >= lines);
	}

	/**
	 * Files a Sieve upload left behind: Dovecot writes a script to a temporary file and renames it, so anything in a
	 * mailbox's sieve folder besides the scripts and their compiled forms is an upload cut off half-way.
	 */
	private static List<Path> halfWrittenScripts(String prefix) throws Exception {
		List<Path> left = new ArrayList<>();
		try (Stream<Path> domains = Files.list(stack.dir().resolve("mail"))) {
			for (Path domain : domains.filter(d -> d.getFileName().toString().startsWith(prefix)).toList()) {
				try (Stream<Path> files = Files.walk(domain)) {
					files.filter(f -> f.toString().contains("/sieve/") && Files.isRegularFile(f))
							.filter(f -> !f.toString().endsWith(".sieve") && !f.toString().endsWith(".svbin")).forEach(left::add);
				}
			}
		}
		return left;
	}

	/** One column of a query's rows. */
	private static List<String> sql(String statement, String parameter) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("user", stack.get("PG_USER"));
		properties.setProperty("password", stack.secret("DEFAULT"));
		List<String> values = new ArrayList<>();
		try (Connection c = new Driver().connect(stack.get("JDBC_URL"), properties);
				PreparedStatement query = c.prepareStatement(statement)) {
			query.setString(1, parameter);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getString(1));
				}
			}
		}
		return values;
	}
}
