package cc.enet.mailbox.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.Secrets;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.connector.apply.ApplyOperation;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.csv.MailboxCsvImporter;
import cc.enet.mailbox.core.csv.MailboxCsvReader;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/**
 * The connector's figures against the mail stack (Postfix + Dovecot + PostgreSQL, started here on loopback): plan and
 * apply of N mailboxes, the full refresh, and the apply's floor in the same run: the password hashing alone at the
 * apply's concurrency plus, on a clean stack, the same changes sent as a plain loop straight to the connector at the
 * same concurrency with one hash made beforehand (no plan, journal, audit log, base states or hashing): apply / floor
 * is what the apply machinery costs on top. Run with releng/benchmark connector [N] dovecot.
 */
final class DovecotConnectorBenchmark {

	/** Ports no test module uses, so a benchmark can run beside the tests (-Dmailbox.bench.portBase to move it). */
	private static final int PORT_BASE = Integer.getInteger("mailbox.bench.portBase", 52000);

	private DovecotConnectorBenchmark() {
	}

	static void run(int count) throws Exception {
		Path root = Path.of(System.getProperty("mailbox.repo.root", ".")).toAbsolutePath();
		Path script = root.resolve("releng/mailstack/mailstack");
		Path stackDir = Path.of("/tmp/mailbox-bench-" + PORT_BASE);
		Path work = Files.createTempDirectory("mailbox-dovecot-bench");
		Map<String, String> ports = stack(script, "start", stackDir.toString(), String.valueOf(PORT_BASE));
		try {
			measure(count, work, script, stackDir, ports);
		} finally {
			stack(script, "stop", stackDir.toString());
		}
	}

	private static void measure(int count, Path work, Path script, Path stackDir, Map<String, String> ports) throws Exception {
		System.out.printf(Locale.ROOT, "Connector benchmark: %,d mailboxes against Postfix + Dovecot + PostgreSQL (mail stack) at %s, %d cores%n",
				count, ports.get("JDBC_URL"), Runtime.getRuntime().availableProcessors());
		MailboxWorkspace workspace = WorkspaceStore.create(work.resolve("ws"), "bench");
		Files.writeString(work.resolve("m.csv"), SyntheticMailboxes.csv(count, Math.max(1, count / 20), 0, 7, false),
				StandardCharsets.UTF_8);
		new MailboxCsvImporter(workspace.root()).apply(MailboxCsvReader.read(work.resolve("m.csv"), null), null);
		CredentialStore credentials = new BenchCredentials();
		MailServer server = server(ports);
		ConnectorFactory factory = BenchConnectors.of(server);
		List<Change> changes;
		long applyNanos;
		long done;
		int parallel;
		try (Connector connector = factory.open(server, Secrets.parse(ports.get("SERVER_SECRETS").toCharArray()))) {
			parallel = connector.capabilities().maxParallelRequests();
			if (Boolean.getBoolean("mailbox.bench.planOne")) {
				OneEditPlan.applyFirstDomainOnly(workspace, connector, credentials);
				OneEditPlan.run(workspace, connector);
				return;
			}
			long t0 = System.nanoTime();
			Plan plan = new Planner("bench", connector.capabilities()).plan(workspace.root(),
					connector.read(Planner.domainsOf(workspace.root()), new NullProgressMonitor()));
			print("plan against the empty server", System.nanoTime() - t0);
			changes = plan.changes().stream().map(e -> e.change()).toList();
			System.out.printf(Locale.ROOT, "    %,d changes planned (%s)%n", changes.size(), kinds(changes));

			t0 = System.nanoTime();
			ApplyReport report = new ApplyOperation(workspace, connector, plan, Decisions.none(), credentials).run(new NullProgressMonitor());
			applyNanos = System.nanoTime() - t0;
			done = report.count(ChangeResult.Status.DONE);
			print("apply (" + parallel + " at once)", applyNanos);
			System.out.printf(Locale.ROOT, "    %,d done, %,d not done; %,.0f changes/s%n", done, report.results().size() - done,
					done / (applyNanos / 1e9));
			report.results().stream().filter(r -> r.status() != ChangeResult.Status.DONE).limit(5)
					.forEach(r -> System.out.println("    not done: " + r.change().describe() + ": " + r.message()));
		}
		try (Connector connector = factory.open(server, Secrets.parse(ports.get("SERVER_SECRETS").toCharArray()))) {
			OneEditPlan.run(workspace, connector);
		}
		// -Dmailbox.bench.applyOnly=true: the apply and its floor alone
		if (!Boolean.getBoolean("mailbox.bench.applyOnly")) {
			// a connector of its own for the full refresh, so its phase times (when on) are printed apart from the apply's;
			// twice: the first read after the apply is where Dovecot makes each new mailbox's folder and index
			// then, in the same run, the way a server without the quota_usage table is read: doveadm counts each mailbox
			// (table renamed away meanwhile); first and again, since Dovecot's first count makes each mailbox's index
			for (String which : List.of("full refresh, first after the apply", "full refresh, again",
					"before (doveadm counts), first count", "before (doveadm counts), again")) {
				if (which.equals("before (doveadm counts), first count")) {
					sql(ports, "ALTER TABLE quota_usage RENAME TO quota_usage_hidden");
				}
				try (Connector connector = factory.open(server, Secrets.parse(ports.get("SERVER_SECRETS").toCharArray()))) {
					long t0 = System.nanoTime();
					ServerSnapshot all = connector.read(Planner.domainsOf(workspace.root()), new NullProgressMonitor());
					long read = System.nanoTime() - t0;
					Plan again = new Planner("bench", connector.capabilities()).plan(workspace.root(), all);
					print(which, System.nanoTime() - t0);
					System.out.printf(Locale.ROOT, "    of which reading the server: %,d ms (%,d mailboxes, %,d usages); %,d changes left (0 expected)%n",
							read / 1_000_000, all.mailboxes().size(), all.usedBytes().size(), again.changes().size());
				}
			}
			sql(ports, "ALTER TABLE quota_usage_hidden RENAME TO quota_usage");
		}
		// The floor, in the same run: the hashing alone at the apply's concurrency, then on a clean stack the server's
		// own work: the same changes straight to the connector from a plain pool of the same size, every password sent
		// as one hash made beforehand (no plan, journal, audit log, base states or hashing). Both use the same cores.
		long hashes = changes.stream().filter(Change::needsPassword).count();
		long hashNanos = HashingFloor.nanos((int) hashes, parallel);
		print("floor: hashing alone (" + hashes + ", " + parallel + " at once)", hashNanos);
		stack(script, "stop", stackDir.toString());
		ports = stack(script, "start", stackDir.toString(), String.valueOf(PORT_BASE));
		try (Connector connector = factory.open(server(ports), Secrets.parse(ports.get("SERVER_SECRETS").toCharArray()))) {
			long t0 = System.nanoTime();
			long failed = loop(connector, changes, parallel, HashingFloor.precomputed());
			long loopNanos = System.nanoTime() - t0;
			print("floor: server's work, plain loop (" + parallel + " at once)", loopNanos);
			System.out.printf(Locale.ROOT, "    %,d changes, %,d failed, no hashing; %,.0f changes/s%n", changes.size(), failed,
					(changes.size() - failed) / (loopNanos / 1e9));
			long floor = hashNanos + loopNanos;
			print("floor: hashing + server's work", floor);
			System.out.printf(Locale.ROOT, "  apply / floor: %.2f%n", (double) applyNanos / floor);
		}
	}

	/** Domains first, then each mailbox's changes in order, mailboxes side by side; returns how many failed. */
	private static long loop(Connector connector, List<Change> changes, int parallel, char[] password) throws Exception {
		AtomicLong failed = new AtomicLong();
		Map<String, List<Change>> perMailbox = new LinkedHashMap<>();
		for (Change change : changes) {
			if (change.mailbox() == null) {
				connector.apply(change, null);
			} else {
				perMailbox.computeIfAbsent(change.mailbox(), k -> new ArrayList<>()).add(change);
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<?>> tasks = new ArrayList<>();
			for (List<Change> mailbox : perMailbox.values()) {
				tasks.add(pool.submit(() -> {
					for (Change change : mailbox) {
						try {
							connector.apply(change, change.needsPassword() ? password.clone() : null);
						} catch (ConnectorException e) {
							failed.incrementAndGet();
						}
					}
				}));
			}
			for (Future<?> task : tasks) {
				task.get();
			}
		} finally {
			pool.shutdownNow();
		}
		return failed.get();
	}

	private static String kinds(List<Change> changes) {
		Map<String, Integer> kinds = new TreeMap<>();
		changes.forEach(c -> kinds.merge(c.getClass().getSimpleName(), 1, Integer::sum));
		return kinds.toString();
	}

	static MailServer server(Map<String, String> ports) {
		MailServer server = MailboxFactory.eINSTANCE.createMailServer();
		server.setName("bench");
		String[] args = ports.get("SERVER_ADD_ARGS").split(" ");
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
			case "--kind" -> server.setKind(args[i + 1]);
			case "--url" -> server.setUrl(args[i + 1]);
			case "--pin-sha256" -> server.setPinnedCertificateSha256(args[i + 1]);
			case "--set" -> server.getSettings().add(args[i + 1]);
			default -> throw new IllegalStateException("unknown argument in SERVER_ADD_ARGS: " + args[i]);
			}
		}
		return server;
	}

	/** Runs the mail stack script; after start, returns its ports.env. */
	static Map<String, String> stack(Path script, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", script.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException("mailstack " + args[0] + " failed:\n" + out);
		}
		Map<String, String> env = new HashMap<>();
		if (args[0].equals("start")) {
			for (String line : Files.readAllLines(Path.of(args[1], "ports.env"), StandardCharsets.UTF_8)) {
				int eq = line.indexOf('=');
				if (eq > 0) {
					String value = line.substring(eq + 1);
					env.put(line.substring(0, eq), value.startsWith("'") && value.endsWith("'") ? value.substring(1, value.length() - 1) : value);
				}
			}
		}
		return env;
	}

	/** One statement through psql as the console's role, which owns the tables. */
	private static void sql(Map<String, String> ports, String statement) throws IOException, InterruptedException {
		String secret = ports.get("SERVER_SECRETS").replaceAll(".*DEFAULT=(\\S+).*", "$1");
		ProcessBuilder psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", ports.get("HOST"), "-p",
				ports.get("PG_PORT"), "-U", ports.get("PG_USER"), "-d", ports.get("PG_DATABASE"), "-c", statement)
				.redirectErrorStream(true);
		psql.environment().put("PGPASSWORD", secret);
		Process process = psql.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException("psql " + statement + " failed:\n" + out);
		}
	}

	private static void print(String what, long nanos) {
		System.out.printf(Locale.ROOT, "  %-46s %,8d ms%n", what, nanos / 1_000_000);
	}
}
