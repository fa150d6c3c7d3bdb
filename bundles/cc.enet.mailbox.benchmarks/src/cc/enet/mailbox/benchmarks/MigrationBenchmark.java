package cc.enet.mailbox.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLSocket;

import org.apache.commons.codec.digest.Sha2Crypt;
import org.eclipse.core.runtime.NullProgressMonitor;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.Secrets;
import cc.enet.mailbox.connector.apply.ApplyOperation;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.connector.tls.TlsTrust;
import cc.enet.mailbox.core.csv.MailboxCsvImporter;
import cc.enet.mailbox.core.csv.MailboxCsvReader;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/**
 * A migration onto the mail stack (started here on loopback): a CSV of N mailboxes whose {@code password_hash} column
 * holds the old system's {SHA512-CRYPT} of a known password (made once: the console hashes nothing), imported,
 * planned and applied; then one migrated mailbox logs in over POP3S with the old password. Prints the total, the
 * mailboxes and changes per second, each phase, the CPU Dovecot, PostgreSQL and the console used per mailbox during the
 * apply, and the connector's phase times; then, in the same run on a clean stack, the {@link MigrationFloor} (the
 * same rows and scripts by the plainest client at the same concurrency) beside it, with apply / floor.
 * Run with releng/benchmark migrate [N] ({@code -Dmailbox.bench.floor=false}: the apply alone).
 */
public final class MigrationBenchmark {

	private MigrationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Path root = Path.of(System.getProperty("mailbox.repo.root", ".")).toAbsolutePath();
		Path script = root.resolve("releng/mailstack/mailstack");
		Path stackDir = Path.of("/tmp/mailbox-bench-" + DovecotConnectorBenchmark.PORT_BASE);
		Path work = Files.createTempDirectory("mailbox-migration-bench");
		Map<String, String> ports = DovecotConnectorBenchmark.stack(script, "start", stackDir.toString(),
				String.valueOf(DovecotConnectorBenchmark.PORT_BASE));
		try {
			Applied applied = measure(count, work, stackDir, ports);
			if (!Boolean.parseBoolean(System.getProperty("mailbox.bench.floor", "true"))) {
				return;
			}
			DovecotConnectorBenchmark.stack(script, "stop", stackDir.toString());
			ports = DovecotConnectorBenchmark.stack(script, "start", stackDir.toString(),
					String.valueOf(DovecotConnectorBenchmark.PORT_BASE));
			System.out.printf(Locale.ROOT, "  the floor on a clean stack, load %s:%n", load());
			MigrationFloor.Result floor = new MigrationFloor(ports, stackDir, applied.hash()).run(applied.changes(),
					applied.parallel(), DovecotConnectorBenchmark.server(ports).getPinnedCertificateSha256());
			MigrationFloor.print(floor, applied.nanos(), applied.cpuMsPerMailbox(), Runtime.getRuntime().availableProcessors());
			System.out.printf(Locale.ROOT, "  load at the end %s%n", load());
			if (floor.failed() > 0) {
				throw new IllegalStateException("the floor did not write every mailbox: see above");
			}
		} finally {
			DovecotConnectorBenchmark.stack(script, "stop", stackDir.toString());
		}
	}

	/** What the floor is measured against: the apply's changes, hash, concurrency, wall time and CPU a mailbox. */
	private record Applied(List<Change> changes, String hash, int parallel, long nanos, double cpuMsPerMailbox) {
	}

	private static Applied measure(int count, Path work, Path stackDir, Map<String, String> ports) throws Exception {
		System.out.printf(Locale.ROOT, "Migration benchmark: %,d mailboxes with password_hash onto the mail stack at %s, %d cores, load %s%n",
				count, ports.get("JDBC_URL"), Runtime.getRuntime().availableProcessors(), load());
		String hash = "{SHA512-CRYPT}" + Sha2Crypt.sha512Crypt(BenchCredentials.PASSWORD.getBytes(StandardCharsets.UTF_8),
				"$6$" + salt());
		Path csv = work.resolve("migration.csv");
		Files.writeString(csv, withHashes(SyntheticMailboxes.csv(count, Math.max(1, count / 20), 0, 7, false), hash),
				StandardCharsets.UTF_8);
		BenchCredentials credentials = new BenchCredentials();

		long t0 = System.nanoTime();
		MailboxWorkspace workspace = WorkspaceStore.create(work.resolve("ws"), "bench");
		new MailboxCsvImporter(workspace.root()).apply(MailboxCsvReader.read(csv, null), credentials);
		long importNanos = System.nanoTime() - t0;
		DovecotConnectorBenchmark.print("import (password_hash kept as given)", importNanos);

		MailServer server = DovecotConnectorBenchmark.server(ports);
		ConnectorFactory factory = BenchConnectors.of(server);
		long planNanos;
		long applyNanos;
		ApplyReport report;
		List<Change> changes;
		int parallel;
		double cpuMs;
		try (Connector connector = factory.open(server, Secrets.parse(ports.get("SERVER_SECRETS").toCharArray()))) {
			t0 = System.nanoTime();
			Plan plan = new Planner("bench", connector.capabilities()).plan(workspace.root(),
					connector.read(Planner.domainsOf(workspace.root()), new NullProgressMonitor()));
			planNanos = System.nanoTime() - t0;
			DovecotConnectorBenchmark.print("plan against the empty server", planNanos);
			changes = plan.changes().stream().map(e -> e.change()).toList();
			double dovecotCpu0 = ServerCpu.seconds(stackDir, "dovecot");
			double postgresCpu0 = ServerCpu.seconds(stackDir, "postgres");
			long consoleCpu0 = consoleCpuNanos();
			t0 = System.nanoTime();
			report = new ApplyOperation(workspace, connector, plan, Decisions.none(), credentials).run(new NullProgressMonitor());
			applyNanos = System.nanoTime() - t0;
			DovecotConnectorBenchmark.print("apply (" + connector.capabilities().maxParallelRequests() + " at once)", applyNanos);
			double consoleCpu = (consoleCpuNanos() - consoleCpu0) / 1e9;
			double dovecotCpu = ServerCpu.seconds(stackDir, "dovecot") - dovecotCpu0;
			double postgresCpu = ServerCpu.seconds(stackDir, "postgres") - postgresCpu0;
			parallel = connector.capabilities().maxParallelRequests();
			cpuMs = (dovecotCpu + postgresCpu + consoleCpu) * 1000 / count;
			System.out.printf(Locale.ROOT, "    CPU a mailbox during the apply: Dovecot %.2f ms, PostgreSQL %.2f ms, console %.2f ms"
					+ " (%,.1f s, %,.1f s, %,.1f s)%n", dovecotCpu * 1000 / count, postgresCpu * 1000 / count,
					consoleCpu * 1000 / count, dovecotCpu, postgresCpu, consoleCpu);
			System.out.println("  the connector's phases (summed over its workers):");
		} // closing the connector prints its phase times
		long done = report.count(ChangeResult.Status.DONE);
		report.results().stream().filter(r -> r.status() != ChangeResult.Status.DONE).limit(5)
				.forEach(r -> System.out.println("    not done: " + r.change().describe() + ": " + r.message()));
		long total = importNanos + planNanos + applyNanos;
		DovecotConnectorBenchmark.print("total: import + plan + apply", total);
		System.out.printf(Locale.ROOT, "    %,d changes, %,d done, %,d not done; apply: %,.0f mailboxes/s, %,.0f changes/s;"
				+ " total: %,.0f mailboxes/s; load %s%n", changes.size(), done, report.results().size() - done,
				count / (applyNanos / 1e9), done / (applyNanos / 1e9), count / (total / 1e9), load());
		try (Connector connector = factory.open(server, Secrets.parse(ports.get("SERVER_SECRETS").toCharArray()))) {
			Plan again = new Planner("bench", connector.capabilities()).plan(workspace.root(),
					connector.read(Planner.domainsOf(workspace.root()), new NullProgressMonitor()));
			System.out.printf(Locale.ROOT, "  plan again after the apply: %,d changes left (0 expected)%n", again.changes().size());
			if (!again.changes().isEmpty()) {
				throw new IllegalStateException("the server does not hold what was applied: " + again.changes().get(0).change().describe());
			}
		}
		String mailbox = SyntheticMailboxes.address(count - 1, count / Math.max(1, count / 20));
		boolean loggedIn = pop3sLogin(ports, server.getPinnedCertificateSha256(), mailbox, BenchCredentials.PASSWORD);
		System.out.printf(Locale.ROOT, "  POP3S login of %s with the old password: %s%n", mailbox, loggedIn ? "OK" : "REFUSED");
		if (!loggedIn || done != report.results().size()) {
			throw new IllegalStateException("the migration did not complete: see above");
		}
		return new Applied(changes, hash, parallel, applyNanos, cpuMs);
	}

	/** The CSV with a password_hash column: every mailbox the same old hash. */
	private static String withHashes(String csv, String hash) {
		StringBuilder out = new StringBuilder(csv.length() + csv.length() / 2);
		boolean header = true;
		for (String line : csv.split("\r\n")) {
			out.append(line).append(',').append(header ? "password_hash" : hash).append("\r\n");
			header = false;
		}
		return out.toString();
	}

	private static String salt() {
		String characters = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
		SecureRandom random = new SecureRandom();
		StringBuilder salt = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			salt.append(characters.charAt(random.nextInt(characters.length())));
		}
		return salt.toString();
	}

	/** USER/PASS over POP3S (the stack's pinned certificate): +OK after PASS means the old password works. */
	private static boolean pop3sLogin(Map<String, String> ports, String pin, String user, String password) throws Exception {
		try (SSLSocket socket = (SSLSocket) TlsTrust.context(pin).getSocketFactory().createSocket(ports.get("HOST"),
				Integer.parseInt(ports.get("POP3S_PORT")))) {
			socket.setSoTimeout(30_000);
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			OutputStream out = socket.getOutputStream();
			boolean ok = in.readLine().startsWith("+OK");
			for (String command : List.of("USER " + user, "PASS " + password)) {
				out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
				out.flush();
				ok &= in.readLine().startsWith("+OK");
			}
			out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			return ok;
		}
	}

	/** This JVM's CPU time (/proc/self/stat: user + system, in ticks of 10 ms). */
	private static long consoleCpuNanos() throws IOException {
		String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
	}

	private static String load() throws IOException {
		String average = Files.readString(Path.of("/proc/loadavg")).trim();
		return average.substring(0, average.indexOf(' ', average.indexOf(' ', average.indexOf(' ') + 1) + 1));
	}
}
