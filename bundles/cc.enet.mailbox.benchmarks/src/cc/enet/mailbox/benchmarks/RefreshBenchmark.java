package cc.enet.mailbox.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.Secrets;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.connector.apply.ApplyOperation;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.plan.BatchedRefresh;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.connector.plan.PlanScope;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.model.PasswordHash;

/**
 * The full refresh (the connector's read of every mailbox: {@code plan --refresh}, the console's Refresh All) of N
 * mailboxes on a real server, without applying N mailboxes first: the server is seeded the fastest way it allows
 * ({@link MailStackSeed}, {@link JamesSeed}) with the changes the console's apply would send, and the workspace gets
 * the base states that apply would record. First, in the same run, the seeding is proved equal to the apply: the first
 * two domains seeded on a clean server, then applied through the console on another clean server, and the two
 * servers' states compared line by line (the run stops when they differ); those applied domains stay, the rest is
 * seeded. Then the full refresh twice as {@code plan --refresh} reads (ServerSync's plan of every mailbox, timed in
 * its two steps: the read and the planning), and once as Refresh All (batches of domains), each with the plan it
 * gives (0 changes expected). Run with releng/benchmark refresh [N [james|dovecot]] [--keep DIR] (James only: the
 * seeded James stays running in DIR for the next run with the same N, which then only refreshes).
 */
public final class RefreshBenchmark {

	/**
	 * Port bases of the two servers, 52010 (mail stack) and 52020 (James): none of their ports is one of the other
	 * benchmarks' (the fleet's James and the connector benchmark's stack on bases 52000, 52100, ... 52900), of each
	 * other's, or of the tests' DNS (53500-53599).
	 */
	private static final int MAIL_STACK_BASE = 52010;
	private static final int JAMES_BASE = 52020;
	private static final int CHECK_DOMAINS = 2;

	private RefreshBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> rest = new ArrayList<>(List.of(args));
		Path keep = null;
		int at = rest.indexOf("--keep");
		if (at >= 0) {
			if (at + 1 >= rest.size()) {
				throw new IllegalArgumentException("--keep needs a folder");
			}
			keep = Path.of(rest.remove(at + 1)).toAbsolutePath();
			rest.remove(at);
		}
		int mailboxes = rest.size() > 0 ? Integer.parseInt(rest.get(0)) : 100_000;
		String which = rest.size() > 1 ? rest.get(1) : "both";
		if (!which.equals("james") && !which.equals("dovecot") && !which.equals("both")) {
			throw new IllegalArgumentException("usage: releng/benchmark refresh [MAILBOXES [james|dovecot]] [--keep DIR], not " + which);
		}
		if (keep != null && !which.equals("james")) {
			throw new IllegalArgumentException("--keep is for James only: releng/benchmark refresh MAILBOXES james --keep DIR");
		}
		if (!which.equals("james")) {
			mailStack(mailboxes);
		}
		if (!which.equals("dovecot")) {
			james(mailboxes, keep);
		}
	}

	private static void mailStack(int count) throws Exception {
		Path root = Path.of(System.getProperty("mailbox.repo.root", ".")).toAbsolutePath();
		Path script = root.resolve("releng/mailstack/mailstack");
		String dir = "/tmp/mailbox-bench-" + MAIL_STACK_BASE;
		Path work = Files.createTempDirectory("mailbox-refresh-bench");
		System.out.printf(Locale.ROOT, "Refresh benchmark: %,d mailboxes in %,d domains on Postfix + Dovecot + PostgreSQL (mail stack), %d cores, load average %s%n",
				count, count / SeedPlan.PER_DOMAIN, Runtime.getRuntime().availableProcessors(), JamesFleet.loadAverage());
		MailboxWorkspace all = SeedPlan.workspace(Files.createDirectories(work.resolve("all")), count);
		MailboxWorkspace check = SeedPlan.workspace(Files.createDirectories(work.resolve("check")), CHECK_DOMAINS * SeedPlan.PER_DOMAIN);
		String hash = PasswordHash.unmark(HashingFloor.precomputed());
		Map<String, String> ports = DovecotConnectorBenchmark.stack(script, "start", dir, String.valueOf(MAIL_STACK_BASE));
		try {
			Capabilities capabilities;
			try (Connector connector = mailStackConnector(ports)) {
				capabilities = connector.capabilities();
			}
			// the check: the first domains seeded on a clean stack, then applied by the console on another clean stack
			List<Change> checkChanges = SeedPlan.changes(check, capabilities);
			new MailStackSeed(ports, hash).seed(checkChanges);
			List<String> seeded = MailStackState.of(ports);
			DovecotConnectorBenchmark.stack(script, "stop", dir);
			ports = DovecotConnectorBenchmark.stack(script, "start", dir, String.valueOf(MAIL_STACK_BASE));
			try (Connector connector = mailStackConnector(ports)) {
				applyThroughConsole(check, connector);
			}
			compare("mail stack", checkChanges.size(), seeded, MailStackState.of(ports));

			Set<String> applied = domainsOf(checkChanges);
			List<Change> rest = SeedPlan.ofDomains(SeedPlan.changes(all, capabilities), d -> !applied.contains(d));
			long t0 = System.nanoTime();
			MailStackSeed seed = new MailStackSeed(ports, hash);
			long[] parts = seed.seed(rest);
			print("seeding the other " + (count - checkChanges.stream().filter(Change.CreateMailbox.class::isInstance).count())
					+ " mailboxes", System.nanoTime() - t0);
			System.out.printf(Locale.ROOT, "    %,d changes written: rows %,d ms (one transaction), Sieve files %,d ms%n", rest.size(),
					parts[0], parts[1]);
			List<String> sample = sample(rest);
			seed.checkDovecotReads(sample);
			System.out.printf(Locale.ROOT, "    Dovecot lists the seeded script as active for %s%n", sample);
			SeedPlan.recordBases(all, capabilities);
			Map<String, String> running = ports;
			refresh(all, () -> mailStackConnector(running), () -> CpuTime.ofServer(CpuTime.mailStackRoots(dir)));
		} finally {
			DovecotConnectorBenchmark.stack(script, "stop", dir);
		}
		System.out.printf(Locale.ROOT, "  load average at the end: %s%n", JamesFleet.loadAverage());
	}

	/**
	 * With {@code keep}, James lives in that folder and stays running after the run: a later run with the same folder
	 * and count finds it seeded (its marker file) and only refreshes; otherwise it is started, checked and seeded anew.
	 */
	private static void james(int count, Path keep) throws Exception {
		Path script = Path.of(System.getProperty("mailbox.repo.root", ".")).resolve("releng/james-server/james").toAbsolutePath();
		Path work = Files.createTempDirectory("mailbox-refresh-bench");
		Path jamesDir = keep == null ? work.resolve("james") : keep.resolve("james");
		Path seeded = jamesDir.resolveSibling("seeded-mailboxes");
		int base = JAMES_BASE;
		String url = "http://127.0.0.1:" + (base + 800);
		// James keeps everything in its heap: the tests' 256 MB is too little for 100,000 users and their forwards;
		// JAMES_BENCHMARK_SEED=1 loads the benchmark's seeding route (releng/james-server/extensions)
		Map<String, String> env = Map.of("JAMES_JAVA_OPTS", System.getenv().getOrDefault("JAMES_JAVA_OPTS", "-Xmx1g"),
				"JAMES_BENCHMARK_SEED", "1");
		System.out.printf(Locale.ROOT, "Refresh benchmark: %,d mailboxes in %,d domains on Apache James 3.8.1 (memory) at %s, %d cores, load average %s%n",
				count, count / SeedPlan.PER_DOMAIN, url, Runtime.getRuntime().availableProcessors(), JamesFleet.loadAverage());
		MailboxWorkspace all = SeedPlan.workspace(Files.createDirectories(work.resolve("all")), count);
		boolean reuse = keep != null && String.valueOf(count).equals(readOrEmpty(seeded)) && running(script, jamesDir);
		try {
			Capabilities capabilities;
			if (reuse) {
				try (Connector connector = jamesConnector(url)) {
					capabilities = connector.capabilities();
				}
				System.out.printf(Locale.ROOT, "  reusing the James seeded with %,d mailboxes in %s (--keep)%n", count, jamesDir);
			} else {
				Files.deleteIfExists(seeded);
				if (keep != null && Files.isDirectory(jamesDir)) {
					ConnectorBenchmark.james(script, env, "stop", jamesDir.toString());
				}
				capabilities = checkAndSeed(count, all, script, env, jamesDir, url, work);
				if (keep != null) {
					Files.writeString(seeded, String.valueOf(count));
				}
			}
			SeedPlan.recordBases(all, capabilities);
			refresh(all, () -> jamesConnector(url), () -> CpuTime.ofServer(CpuTime.jamesRoots(jamesDir)));
		} finally {
			if (keep == null) {
				ConnectorBenchmark.james(script, env, "stop", jamesDir.toString());
			} else {
				System.out.printf(Locale.ROOT, "  James stays running in %s: releng/james-server/james stop %s%n", jamesDir, jamesDir);
			}
		}
		System.out.printf(Locale.ROOT, "  load average at the end: %s%n", JamesFleet.loadAverage());
	}

	/**
	 * The check (the first domains seeded on a clean James, then applied by the console on another clean James, the
	 * two compared), then the other domains seeded onto the applied one; returns the connector's capabilities.
	 */
	private static Capabilities checkAndSeed(int count, MailboxWorkspace all, Path script, Map<String, String> env, Path jamesDir,
			String url, Path work) throws Exception {
		MailboxWorkspace check = SeedPlan.workspace(Files.createDirectories(work.resolve("check")), CHECK_DOMAINS * SeedPlan.PER_DOMAIN);
		ConnectorBenchmark.james(script, env, "start", jamesDir.toString(), String.valueOf(JAMES_BASE));
		Capabilities capabilities;
		try (Connector connector = jamesConnector(url)) {
			capabilities = connector.capabilities();
		}
		JamesSeed seed = new JamesSeed(url);
		List<Change> checkChanges = SeedPlan.changes(check, capabilities);
		seed.seed(checkChanges);
		List<String> seeded = seed.state(jamesDir);
		ConnectorBenchmark.james(script, env, "stop", jamesDir.toString());
		ConnectorBenchmark.james(script, env, "start", jamesDir.toString(), String.valueOf(JAMES_BASE));
		try (Connector connector = jamesConnector(url)) {
			applyThroughConsole(check, connector);
		}
		compare("James", checkChanges.size(), seeded, seed.state(jamesDir));

		Set<String> applied = domainsOf(checkChanges);
		List<Change> rest = SeedPlan.ofDomains(SeedPlan.changes(all, capabilities), d -> !applied.contains(d));
		seed = new JamesSeed(url);
		long[] cpu = { CpuTime.ofThisJvm(), CpuTime.ofServer(CpuTime.jamesRoots(jamesDir)) };
		long t0 = System.nanoTime();
		long requests = seed.seed(rest);
		long nanos = System.nanoTime() - t0;
		print("seeding the other " + (count - CHECK_DOMAINS * SeedPlan.PER_DOMAIN) + " mailboxes (" + JamesSeed.ROUTE + ")", nanos);
		System.out.printf(Locale.ROOT, "    %,d changes in %,d requests%n", rest.size(), requests);
		System.out.print(seed.costs());
		printCpu(cpu, () -> CpuTime.ofServer(CpuTime.jamesRoots(jamesDir)));
		return capabilities;
	}

	private static boolean running(Path script, Path jamesDir) throws Exception {
		try {
			ConnectorBenchmark.james(script, Map.of(), "status", jamesDir.toString());
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private static String readOrEmpty(Path file) throws IOException {
		return Files.isRegularFile(file) ? Files.readString(file).trim() : "";
	}

	/** Opens a connector of the server under test (a new one for each refresh, as each plan of the console does). */
	@FunctionalInterface
	private interface Opener {
		Connector open() throws Exception;
	}

	/**
	 * The full refresh twice as {@code plan --refresh} does it (one read of every domain), then once as Refresh All
	 * (BatchedRefresh, about 1,000 mailboxes a read); each with the plan it gives.
	 */
	private static void refresh(MailboxWorkspace workspace, Opener opener, LongSupplier serverCpu) throws Exception {
		for (int round = 1; round <= 2; round++) {
			try (Connector connector = opener.open()) {
				// what ServerSync.plan does for PlanScope.everything(), in two steps to time them apart
				long[] cpu = { CpuTime.ofThisJvm(), serverCpu.getAsLong() };
				long t0 = System.nanoTime();
				ServerSnapshot snapshot = connector.read(Planner.domainsOf(workspace.root(), SeedPlan.SERVER), new NullProgressMonitor());
				long read = System.nanoTime() - t0;
				Plan plan = new Planner(SeedPlan.SERVER, connector.capabilities()).plan(workspace.root(), snapshot);
				long nanos = System.nanoTime() - t0;
				print("full refresh (plan --refresh), " + (round == 1 ? "first" : "again"), nanos);
				System.out.printf(Locale.ROOT, "    reading the server %,d ms, planning %,d ms%n", read / 1_000_000, (nanos - read) / 1_000_000);
				printCpu(cpu, serverCpu);
				describe(plan);
			}
		}
		try (Connector connector = opener.open()) {
			long[] cpu = { CpuTime.ofThisJvm(), serverCpu.getAsLong() };
			long t0 = System.nanoTime();
			int[] batches = new int[1];
			Plan plan = new BatchedRefresh(workspace.root(), SeedPlan.SERVER, connector, BatchedRefresh.MAILBOXES_PER_BATCH)
					.run(batch -> batches[0]++, new NullProgressMonitor());
			print("full refresh as Refresh All (" + batches[0] + " batches)", System.nanoTime() - t0);
			printCpu(cpu, serverCpu);
			describe(plan);
		}
	}

	/** The CPU time since {@code before} (this JVM's, the server's): what a quiet machine's wall time would be near. */
	private static void printCpu(long[] before, LongSupplier serverCpu) {
		System.out.printf(Locale.ROOT, "    CPU time: the console (this JVM) %,d ms, the server %,d ms%n", CpuTime.ofThisJvm() - before[0],
				serverCpu.getAsLong() - before[1]);
	}

	private static void describe(Plan plan) {
		Map<PlanEntry.Kind, Integer> kinds = new TreeMap<>();
		plan.entries().forEach(e -> kinds.merge(e.kind(), 1, Integer::sum));
		System.out.printf(Locale.ROOT, "    %,d mailboxes read; the plan: %,d changes left (0 expected), entries %s%n",
				plan.snapshot().mailboxes().size(), plan.changes().size(), kinds);
		plan.changes().stream().limit(5).forEach(e -> System.out.println("    left: " + e.change().describe()));
	}

	/** The console's apply of the whole workspace, as Review Changes' Plan then Apply. */
	private static void applyThroughConsole(MailboxWorkspace workspace, Connector connector) throws Exception {
		Plan plan = new ServerSync(workspace, SeedPlan.SERVER, connector).scope(PlanScope.everything()).plan(new NullProgressMonitor());
		ApplyReport report = new ApplyOperation(workspace, connector, plan, Decisions.none(), new BenchCredentials())
				.run(new NullProgressMonitor());
		long done = report.count(ChangeResult.Status.DONE);
		if (done != report.results().size()) {
			throw new IllegalStateException("the console's apply of the check domains left " + (report.results().size() - done)
					+ " changes not done, e.g. " + report.results().stream().filter(r -> r.status() != ChangeResult.Status.DONE)
							.findFirst().map(r -> r.change().describe() + ": " + r.message()).orElse(""));
		}
	}

	/** The seeded server's state must be the applied server's, line by line; else the run stops here. */
	private static void compare(String server, int changes, List<String> seeded, List<String> applied) {
		if (seeded.equals(applied)) {
			System.out.printf(Locale.ROOT, "  check: seeding = the console's apply on %s for the first %d domains (%,d changes): the same %,d lines of state%n",
					server, CHECK_DOMAINS, changes, seeded.size());
			return;
		}
		List<String> onlySeeded = new ArrayList<>(seeded);
		onlySeeded.removeAll(new HashSet<>(applied));
		List<String> onlyApplied = new ArrayList<>(applied);
		onlyApplied.removeAll(new HashSet<>(seeded));
		onlySeeded.stream().limit(10).forEach(l -> System.out.println("    only seeded:  " + l));
		onlyApplied.stream().limit(10).forEach(l -> System.out.println("    only applied: " + l));
		throw new IllegalStateException("seeding " + server + " does not leave what the console's apply leaves: "
				+ onlySeeded.size() + " lines only seeded, " + onlyApplied.size() + " only applied (above)");
	}

	private static Set<String> domainsOf(List<Change> changes) {
		Set<String> domains = new TreeSet<>();
		changes.forEach(c -> domains.add(SeedPlan.domainOf(c)));
		return domains;
	}

	/** The first, a middle and the last mailbox the changes create. */
	private static List<String> sample(List<Change> changes) {
		List<String> created = changes.stream().filter(Change.CreateMailbox.class::isInstance).map(Change::mailbox).toList();
		return List.of(created.get(0), created.get(created.size() / 2), created.get(created.size() - 1));
	}

	private static Connector mailStackConnector(Map<String, String> ports) throws ConnectorException {
		MailServer server = DovecotConnectorBenchmark.server(ports);
		return BenchConnectors.of(server).open(server, Secrets.parse(ports.get("SERVER_SECRETS").toCharArray()));
	}

	private static Connector jamesConnector(String url) throws ConnectorException {
		MailServer server = MailboxFactory.eINSTANCE.createMailServer();
		server.setName(SeedPlan.SERVER);
		server.setKind("james");
		server.setUrl(url);
		return BenchConnectors.of(server).open(server, (char[]) null);
	}

	private static void print(String what, long nanos) {
		System.out.printf(Locale.ROOT, "  %-52s %,8d ms%n", what, nanos / 1_000_000);
	}
}
