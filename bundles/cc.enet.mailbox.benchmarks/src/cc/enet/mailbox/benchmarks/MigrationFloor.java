package cc.enet.mailbox.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import cc.enet.mailbox.benchmarks.MailStackSeed.Seeded;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.dovecot.SeededScripts;
import cc.enet.mailbox.connector.tls.TlsTrust;

/**
 * The migration's floor: on a clean stack, the rows and scripts a plan of new mailboxes leaves, written by the
 * plainest client at the apply's concurrency: per mailbox one JDBC transaction (the mailbox row with its quota,
 * its alias rows in one statement) and one ManageSieve session (master user, PUTSCRIPT of the final script,
 * SETACTIVE), TLS on one shared context like the connector's. No plan, journal, audit log, base states or reads.
 * What it costs the server (Dovecot, PostgreSQL) and this client is what any console would cost at least.
 */
final class MigrationFloor {

	/** Wall time, mailboxes written, and the CPU seconds of Dovecot, PostgreSQL and this JVM meanwhile. */
	record Result(long nanos, int mailboxes, int failed, double dovecot, double postgres, double client) {

		double cpuMsPerMailbox() {
			return (dovecot + postgres + client) * 1000 / mailboxes;
		}
	}

	private final Map<String, String> ports;
	private final Path stackDir;
	private final String passwordHash;

	/** @param passwordHash the column value of every account, as the migration's CSV gives it */
	MigrationFloor(Map<String, String> ports, Path stackDir, String passwordHash) {
		this.ports = ports;
		this.stackDir = stackDir;
		this.passwordHash = passwordHash;
	}

	Result run(List<Change> changes, int parallel, String pinSha256) throws Exception {
		MailStackSeed.Planned planned = MailStackSeed.planned(changes);
		SSLContext tls = TlsTrust.context(pinSha256);
		String secret = secret("DEFAULT");
		ConcurrentLinkedQueue<Connection> connections = new ConcurrentLinkedQueue<>();
		AtomicInteger failed = new AtomicInteger();
		double dovecot0 = ServerCpu.seconds(stackDir, "dovecot");
		double postgres0 = ServerCpu.seconds(stackDir, "postgres");
		long client0 = CpuTime.ofThisJvm();
		long t0 = System.nanoTime();
		try (Connection c = DriverManager.getConnection(ports.get("JDBC_URL"), ports.get("PG_USER"), secret);
				PreparedStatement insert = c.prepareStatement("INSERT INTO domain (name) SELECT unnest(?::text[])")) {
			insert.setArray(1, c.createArrayOf("text", planned.domains().toArray()));
			insert.executeUpdate();
		}
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		ThreadLocal<Connection> own = ThreadLocal.withInitial(() -> {
			try {
				Connection c = DriverManager.getConnection(ports.get("JDBC_URL"), ports.get("PG_USER"), secret);
				c.setAutoCommit(false);
				connections.add(c);
				return c;
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
		try {
			List<Future<?>> writes = new ArrayList<>();
			for (Seeded mailbox : planned.mailboxes().values()) {
				writes.add(pool.submit(() -> {
					try {
						write(own.get(), mailbox, tls);
					} catch (Exception e) {
						if (failed.getAndIncrement() < 5) {
							System.out.println("    floor failed for " + mailbox.address + ": " + e);
						}
					}
				}));
			}
			for (Future<?> write : writes) {
				write.get();
			}
		} finally {
			pool.shutdownNow();
			for (Connection c : connections) {
				c.close();
			}
		}
		long nanos = System.nanoTime() - t0;
		return new Result(nanos, planned.mailboxes().size(), failed.get(), ServerCpu.seconds(stackDir, "dovecot") - dovecot0,
				ServerCpu.seconds(stackDir, "postgres") - postgres0, (CpuTime.ofThisJvm() - client0) / 1000.0);
	}

	/** One mailbox: its rows in one transaction, then its script in one session. */
	private void write(Connection c, Seeded mailbox, SSLContext tls) throws Exception {
		try (PreparedStatement row = c.prepareStatement("INSERT INTO mailbox (address, local_part, domain, password_hash,"
				+ " enabled, quota_bytes, retention_days) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			row.setString(1, mailbox.address);
			row.setString(2, mailbox.address.substring(0, mailbox.address.lastIndexOf('@')));
			row.setString(3, mailbox.domain);
			row.setString(4, passwordHash);
			row.setBoolean(5, mailbox.enabled);
			row.setLong(6, mailbox.quotaBytes);
			row.setObject(7, mailbox.retentionDays);
			row.executeUpdate();
		}
		if (!mailbox.targets.isEmpty()) {
			try (PreparedStatement aliases = c.prepareStatement("INSERT INTO alias (address, target) SELECT ?, unnest(?::text[])")) {
				aliases.setString(1, mailbox.address);
				aliases.setArray(2, c.createArrayOf("text", mailbox.targets.toArray()));
				aliases.executeUpdate();
			}
		}
		c.commit();
		if (mailbox.hasScript) {
			String[] sieve = MailStackSeed.setting(ports, "managesieve").split(":");
			try (PlainManageSieve session = PlainManageSieve.login(tls, sieve[0], Integer.parseInt(sieve[1]), mailbox.address,
					MailStackSeed.setting(ports, "managesieve-user"), secret("MANAGESIEVE"))) {
				session.putAndActivate(SeededScripts.NAME, mailbox.script());
			}
		}
	}

	private String secret(String key) {
		return ports.get("SERVER_SECRETS").replaceAll(".*" + key + "=(\\S+).*", "$1");
	}

	/** The floor beside the apply: time, CPU a mailbox by part, apply / floor, and both extrapolated to 100,000. */
	static void print(Result floor, long applyNanos, double applyCpuMsPerMailbox, int cores) {
		int n = floor.mailboxes();
		DovecotConnectorBenchmark.print("floor: plain JDBC + ManageSieve", floor.nanos());
		System.out.printf(Locale.ROOT, "    %,d mailboxes, %,d failed; %,.0f mailboxes/s; CPU a mailbox: Dovecot %.2f ms,"
				+ " PostgreSQL %.2f ms, client %.2f ms (%.2f ms)%n", n, floor.failed(), n / (floor.nanos() / 1e9),
				floor.dovecot() * 1000 / n, floor.postgres() * 1000 / n, floor.client() * 1000 / n, floor.cpuMsPerMailbox());
		System.out.printf(Locale.ROOT, "  apply / floor: %.2f (wall), %.2f (CPU a mailbox: %.2f / %.2f ms)%n",
				(double) applyNanos / floor.nanos(), applyCpuMsPerMailbox / floor.cpuMsPerMailbox(), applyCpuMsPerMailbox,
				floor.cpuMsPerMailbox());
		System.out.printf(Locale.ROOT, "  at 100,000 mailboxes: apply %.1f min, floor %.1f min at these rates;"
				+ " on %d idle cores at least %.1f min (apply) and %.1f min (floor) by CPU alone%n",
				applyNanos / 1e9 / n * 100_000 / 60, floor.nanos() / 1e9 / n * 100_000 / 60, cores,
				applyCpuMsPerMailbox * 100_000 / 1000 / cores / 60, floor.cpuMsPerMailbox() * 100_000 / 1000 / cores / 60);
	}
}
