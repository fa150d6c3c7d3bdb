package cc.enet.mailbox.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.FleetSync;
import cc.enet.mailbox.connector.session.ServerSessions;
import cc.enet.mailbox.core.csv.DomainCsvImporter;
import cc.enet.mailbox.core.csv.DomainCsvReader;
import cc.enet.mailbox.core.csv.MailboxCsvImporter;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.rules.Validation;
import cc.enet.mailbox.core.csv.MailboxCsvReader;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/**
 * How many servers one console applies to side by side: real James servers (started here at once), and for fleets
 * of 1, 2, 4, ... of them a workspace with MAILBOXES_PER_SERVER new mailboxes (with initial passwords) on each, taken
 * through what {@code ./mailbox plan|apply --all-servers} runs ({@link FleetSync}): plan, apply, plan again, each with
 * its wall time, changes per second, this JVM's CPU time and heap peak, and the servers' CPU time. The largest fleet
 * is applied again with {@code --parallel 1} (and with one thread per server) to show what running side by side buys.
 * Run with releng/benchmark fleet [SERVERS [MAILBOXES_PER_SERVER]].
 */
public final class FleetBenchmark {

	private static final int MAILBOXES_PER_DOMAIN = 20;

	private final JamesFleet james;
	private final Path work;
	private final int perServer;
	private final BenchCredentials credentials = new BenchCredentials();

	private FleetBenchmark(JamesFleet james, Path work, int perServer) {
		this.james = james;
		this.work = work;
		this.perServer = perServer;
	}

	public static void main(String[] args) throws Exception {
		int servers = args.length > 0 ? Integer.parseInt(args[0]) : 8;
		int perServer = args.length > 1 ? Integer.parseInt(args[1]) : 500;
		if (servers < 1 || servers > JamesFleet.MAX_SERVERS || perServer < 1) {
			throw new IllegalArgumentException("SERVERS 1-" + JamesFleet.MAX_SERVERS + " and MAILBOXES_PER_SERVER >= 1");
		}
		Path work = Files.createTempDirectory("mailbox-fleet-bench");
		System.out.printf(Locale.ROOT, "Fleet benchmark: up to %d Apache James 3.8.1 (memory) on 127.0.0.1, %,d new mailboxes per server "
				+ "(%d per domain, with initial passwords), %d cores, load average %s%n", servers, perServer,
				Math.min(perServer, MAILBOXES_PER_DOMAIN), Runtime.getRuntime().availableProcessors(), JamesFleet.loadAverage());
		try (JamesFleet fleet = JamesFleet.start(work, servers)) {
			FleetBenchmark benchmark = new FleetBenchmark(fleet, work, perServer);
			benchmark.warmUp();
			System.out.printf(Locale.ROOT, "%-7s %-8s %-12s %9s %8s %10s %9s %9s %9s%n", "servers", "parallel", "step", "wall ms",
					"changes", "changes/s", "CPU ms", "heap MB", "James CPU");
			List<Integer> sizes = new ArrayList<>();
			for (int n = 1; n < servers; n *= 2) {
				sizes.add(n);
			}
			sizes.add(servers);
			for (int n : sizes) {
				benchmark.round("f" + n, n, FleetSync.DEFAULT_PARALLEL, true);
			}
			if (servers > 1) {
				System.out.println("What running side by side buys, " + servers + " servers (apply only; the plans as above):");
				benchmark.round("p1", servers, 1, false);
			}
			if (servers > FleetSync.DEFAULT_PARALLEL) {
				benchmark.round("pn", servers, servers, false);
			}
			System.out.println("load average at the end: " + JamesFleet.loadAverage());
		}
	}

	/** One small apply, not printed, so the first round does not pay for the JIT and the connections. */
	private void warmUp() throws Exception {
		MailboxWorkspace workspace = workspace("warm", 1, Math.min(perServer, 100));
		FleetSync sync = new FleetSync(workspace, FleetBenchmark::open);
		sync.plan(new NullProgressMonitor());
		sync.apply(Map.of(), Decisions.none(), credentials, new NullProgressMonitor());
	}

	/** Plan, apply and plan again of {@code servers} servers with their own new domains (named by {@code tag}). */
	private void round(String tag, int servers, int parallel, boolean plans) throws Exception {
		MailboxWorkspace workspace = workspace(tag, servers, perServer);
		FleetSync sync = new FleetSync(workspace, FleetBenchmark::open).parallel(parallel);
		if (plans) {
			Measure measure = Measure.start(james, servers);
			List<FleetSync.Section> sections = sync.plan(new NullProgressMonitor());
			print(servers, parallel, "plan", measure, changes(sections), sections);
		}
		Measure measure = Measure.start(james, servers);
		List<FleetSync.Section> applied = sync.apply(Map.of(), Decisions.none(), credentials, new NullProgressMonitor());
		long done = applied.stream().filter(s -> s.report() != null).mapToLong(s -> s.report().count(ChangeResult.Status.DONE)).sum();
		print(servers, parallel, "apply", measure, done, applied);
		if (plans) {
			measure = Measure.start(james, servers);
			List<FleetSync.Section> again = sync.plan(new NullProgressMonitor());
			print(servers, parallel, "plan again", measure, changes(again), again);
		}
	}

	private static long changes(List<FleetSync.Section> sections) {
		return sections.stream().filter(s -> s.plan() != null).mapToLong(s -> s.plan().changes().size()).sum();
	}

	private static void print(int servers, int parallel, String step, Measure measure, long changes, List<FleetSync.Section> sections) {
		Measure.Result r = measure.stop();
		System.out.printf(Locale.ROOT, "%7d %8d %-12s %,9d %,8d %,10.0f %,9d %,9d %,9d%n", servers, parallel, step, r.wallMs(), changes,
				changes / Math.max(0.001, r.wallMs() / 1000.0), r.cpuMs(), r.heapPeakMb(), r.serversCpuMs());
		for (FleetSync.Section section : sections) {
			if (section.failure() != null) {
				System.out.println("    server " + section.server() + " failed: " + section.failure());
			} else if (section.report() != null && !section.report().succeeded()) {
				long failed = section.report().results().size() - section.report().count(ChangeResult.Status.DONE);
				System.out.println("    server " + section.server() + ": " + failed + " changes not done");
			}
		}
	}

	/** A workspace of {@code servers} James servers, each with {@code mailboxes} new mailboxes in domains of its own. */
	private MailboxWorkspace workspace(String tag, int servers, int mailboxes) throws Exception {
		Path folder = work.resolve("ws-" + tag);
		MailboxWorkspace workspace = WorkspaceStore.create(folder, "fleet-" + tag);
		int perDomain = Math.min(mailboxes, MAILBOXES_PER_DOMAIN);
		int domainsPerServer = (mailboxes + perDomain - 1) / perDomain;
		StringBuilder domains = new StringBuilder("domain,pop3_host,imap_host,smtp_host,server\r\n");
		StringBuilder csv = new StringBuilder("address,quota_mb\r\n");
		for (int s = 0; s < servers; s++) {
			MailServer server = MailboxFactory.eINSTANCE.createMailServer();
			server.setName("s" + s);
			server.setKind("james");
			server.setUrl(james.url(s));
			workspace.root().getServers().add(server);
			for (int d = 0; d < domainsPerServer; d++) {
				domains.append(domain(tag, s, d)).append(",pop3.bench.example,imap.bench.example,smtp.bench.example,s").append(s)
						.append("\r\n");
			}
			for (int i = 0; i < mailboxes; i++) {
				csv.append("u").append(i % perDomain).append('@').append(domain(tag, s, i / perDomain)).append(",1024\r\n");
			}
		}
		new DomainCsvImporter(workspace.root(), tag + "-domains.csv").apply(DomainCsvReader.read(tag + "-domains.csv", domains.toString()));
		Path file = work.resolve(tag + ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		new MailboxCsvImporter(workspace.root()).apply(MailboxCsvReader.read(file, null), null);
		WorkspaceStore.save(workspace);
		List<Finding> errors = new Validation().findings(workspace.root()).stream().filter(f -> f.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException(errors.size() + " rule errors in the benchmark's workspace, first: " + errors.get(0).place()
					+ ": " + errors.get(0).message(Locale.ENGLISH));
		}
		if (domainsPerServer * servers != workspace.root().getCustomers().stream().mapToLong(c -> c.getDomains().size()).sum()) {
			throw new IllegalStateException("the import did not create the domains expected");
		}
		return workspace;
	}

	/** tag-sS-dD.bench.test: domain D of server S in the round named by tag. */
	private static String domain(String tag, int server, int index) {
		return tag + "-s" + server + "-d" + index + ".bench.test";
	}

	private static ServerSessions.Session open(MailServer server) throws Exception {
		return new ServerSessions.Session(BenchConnectors.of(server).open(server, (char[]) null), List.of());
	}

	/** Wall time, this JVM's CPU time and heap peak, and the servers' CPU time across one step. */
	private record Measure(JamesFleet james, int servers, long startNanos, long startCpu, long startServersCpu) {

		record Result(long wallMs, long cpuMs, long heapPeakMb, long serversCpuMs) {
		}

		static Measure start(JamesFleet james, int servers) {
			System.gc();
			heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
			return new Measure(james, servers, System.nanoTime(), processCpuNanos(), james.cpuMs(servers));
		}

		Result stop() {
			long wall = (System.nanoTime() - startNanos) / 1_000_000;
			long cpu = (processCpuNanos() - startCpu) / 1_000_000;
			long heap = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
			return new Result(wall, cpu, heap, james.cpuMs(servers) - startServersCpu);
		}

		private static List<MemoryPoolMXBean> heapPools() {
			return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
		}

		private static long processCpuNanos() {
			return JamesFleet.cpuMsOf(ProcessHandle.current().pid()) * 1_000_000;
		}
	}
}
