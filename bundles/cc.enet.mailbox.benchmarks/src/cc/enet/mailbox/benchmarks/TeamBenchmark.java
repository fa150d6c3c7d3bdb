package cc.enet.mailbox.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;

import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.csv.CsvImportOperation;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.rules.Validation;
import cc.enet.mailbox.team.CloneOperation;
import cc.enet.mailbox.team.RemoteCredentials;
import cc.enet.mailbox.team.ShareOperation;
import cc.enet.mailbox.team.SyncOperation;
import cc.enet.mailbox.team.SyncResult;
import cc.enet.mailbox.team.TeamException;
import cc.enet.mailbox.team.merge.MergeDecisions;
import cc.enet.mailbox.test.support.GitHttpServer;

/**
 * How many staff one Git remote serves: a team workspace of N mailboxes (100,000 in 5,000 domains, no rule errors)
 * shared onto a real Git remote on loopback (git http-backend behind GitHttpServer, port 54090), C clones (20), then
 * three rounds of {@code team sync} as the console runs it: one after another each with an edit of its own customer
 * (each merges the others' commits), one after another with nothing to send (each takes the others' commits), and
 * all at once each with an edit (the push race). Prints each step's wall time; run with releng/benchmark team.
 */
public final class TeamBenchmark {

	private static final int PORT = 54090;

	public static void main(String[] args) throws Exception {
		int mailboxes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int clones = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int domains = Math.max(clones, mailboxes / 20);
		Path dir = Files.createTempDirectory("mailbox-team-bench");
		char[] password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12)).toCharArray();
		try (GitHttpServer server = new GitHttpServer(dir.resolve("remote"), PORT, "staff", password).start()) {
			run(mailboxes, domains, clones, dir, server, password);
		} finally {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void run(int mailboxes, int domains, int clones, Path dir, GitHttpServer server, char[] password)
			throws Exception {
		System.out.printf(Locale.ROOT, "Team benchmark: %,d mailboxes in %,d domains, %d clones of one remote (git http-backend"
				+ " on 127.0.0.1:%d), Java %s, %d cores, max heap %d MB%n", mailboxes, domains, clones, PORT,
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		SessionCredentialStore credentials = new SessionCredentialStore();
		Path origin = dir.resolve("origin");
		long t0 = System.nanoTime();
		workspace(origin, mailboxes, domains, credentials);
		print("workspace made (import, hosts, save)", System.nanoTime() - t0);
		long customers;
		try (Stream<Path> files = Files.list(origin.resolve("customers"))) {
			customers = files.count();
		}
		System.out.printf(Locale.ROOT, "    %,d customer files, %,d bytes on disk%n", customers, size(origin));

		server.createRepository("bench.git");
		String url = server.url("bench.git");
		RemoteCredentials.store(credentials, url, "staff", password);
		t0 = System.nanoTime();
		SyncResult shared = new ShareOperation(origin, url, "Origin", "origin@enet.cc", credentials).run(new NullProgressMonitor());
		print("share (validate, first commit, push)", System.nanoTime() - t0);
		check(shared, "share");
		System.out.printf(Locale.ROOT, "    remote repository: %,d bytes%n", size(dir.resolve("remote/bench.git")));

		List<Path> folders = new ArrayList<>();
		List<Long> cloneNanos = new ArrayList<>();
		for (int i = 0; i < clones; i++) {
			Path folder = dir.resolve("clone-" + i);
			t0 = System.nanoTime();
			new CloneOperation(url, folder, "Staff " + i, "staff" + i + "@enet.cc", credentials).run(new NullProgressMonitor());
			cloneNanos.add(System.nanoTime() - t0);
			folders.add(folder);
		}
		summary("clone (fetch, check out, read the workspace)", cloneNanos);

		int perDomain = mailboxes / domains;
		List<Long> editNanos = new ArrayList<>();
		List<Long> sequential = new ArrayList<>();
		for (int i = 0; i < clones; i++) {
			editNanos.add(edit(folders.get(i), mailbox(i, clones, domains, perDomain), 1024 + i));
			t0 = System.nanoTime();
			check(sync(folders.get(i), credentials), "sync of clone " + i);
			sequential.add(System.nanoTime() - t0);
		}
		summary("edit one mailbox and save (open the workspace, save the changed file)", editNanos);
		summary("sync one after another, each with its own edit (merge with the others' commits, validate, push)", sequential);
		System.out.printf(Locale.ROOT, "    first %.2f s (nothing to merge), last %.2f s (%d others' commits to merge)%n",
				sequential.get(0) / 1e9, sequential.get(clones - 1) / 1e9, clones - 1);

		List<Long> receiving = new ArrayList<>();
		for (int i = 0; i < clones; i++) {
			t0 = System.nanoTime();
			check(sync(folders.get(i), credentials), "receiving sync of clone " + i);
			receiving.add(System.nanoTime() - t0);
		}
		summary("sync one after another with nothing to send (take the team's commits)", receiving);

		for (int i = 0; i < clones; i++) {
			edit(folders.get(i), mailbox(i, clones, domains, perDomain), 2048 + i);
		}
		ExecutorService pool = Executors.newFixedThreadPool(clones);
		List<Future<long[]>> runs = new ArrayList<>();
		java.util.Set<String> reasons = java.util.concurrent.ConcurrentHashMap.newKeySet();
		t0 = System.nanoTime();
		for (int i = 0; i < clones; i++) {
			Path folder = folders.get(i);
			runs.add(pool.submit(() -> {
				long start = System.nanoTime();
				try {
					SyncResult result = sync(folder, credentials);
					return new long[] { System.nanoTime() - start, result.sent() ? 1 : 0 };
				} catch (TeamException e) {
					reasons.add(e.kind() + ": " + e.getMessage().replace(url, "URL"));
					return new long[] { System.nanoTime() - start, -1 };
				}
			}));
		}
		List<Long> parallel = new ArrayList<>();
		int pushed = 0;
		int gaveUp = 0;
		for (Future<long[]> run : runs) {
			long[] outcome = run.get();
			parallel.add(outcome[0]);
			pushed += outcome[1] == 1 ? 1 : 0;
			gaveUp += outcome[1] == -1 ? 1 : 0;
		}
		long wall = System.nanoTime() - t0;
		pool.shutdown();
		summary("sync all " + clones + " at once, each with its own edit", parallel);
		System.out.printf(Locale.ROOT, "    wall %.2f s; %d pushed, %d failed:%n",
				wall / 1e9, pushed, gaveUp);
		reasons.forEach(reason -> System.out.println("    " + reason));
		int retried = 0;
		List<Long> after = new ArrayList<>();
		for (int i = 0; i < clones; i++) {
			t0 = System.nanoTime();
			SyncResult result = sync(folders.get(i), credentials);
			after.add(System.nanoTime() - t0);
			retried += result.sent() ? 1 : 0;
		}
		summary("sync again one after another (those that gave up push now)", after);
		System.out.printf(Locale.ROOT, "    %d pushed in this round%n", retried);
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		System.out.printf(Locale.ROOT, "  heap in use at the end: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
	}

	/** The mailbox clone {@code i} edits: the first of a domain of its own, so no two clones touch one customer. */
	private static String mailbox(int i, int clones, int domains, int perDomain) {
		return SyntheticMailboxes.address(i * (domains / clones) * perDomain, perDomain);
	}

	private static SyncResult sync(Path folder, SessionCredentialStore credentials) throws TeamException {
		return new SyncOperation(folder, credentials, MergeDecisions.none()).run(new NullProgressMonitor());
	}

	private static long edit(Path folder, String address, int quota) throws Exception {
		long t0 = System.nanoTime();
		MailboxWorkspace workspace = WorkspaceStore.open(folder);
		workspace.findMailbox(address).orElseThrow().setQuotaMb(quota);
		WorkspaceStore.save(workspace);
		return System.nanoTime() - t0;
	}

	/** N mailboxes without a rule error: no planted loops, and every domain has the hosts Enet notified. */
	private static void workspace(Path folder, int mailboxes, int domains, SessionCredentialStore credentials) throws Exception {
		MailboxWorkspace workspace = WorkspaceStore.create(folder, "team-bench");
		Path csv = folder.resolveSibling("mailboxes.csv");
		Files.writeString(csv, SyntheticMailboxes.csv(mailboxes, domains, 0, 42), StandardCharsets.UTF_8);
		CsvImportOperation.run(workspace, csv, StandardCharsets.UTF_8, credentials);
		StringBuilder hosts = new StringBuilder("domain,pop3_host,smtp_host\n");
		for (int d = 0; d < domains; d++) {
			hosts.append("customer").append(d).append(".co.jp,pop3.hetemail.jp,smtp.hetemail.jp\n");
		}
		Path domainCsv = folder.resolveSibling("domains.csv");
		Files.writeString(domainCsv, hosts, StandardCharsets.UTF_8);
		CsvImportOperation.run(workspace, domainCsv, StandardCharsets.UTF_8, credentials);
		List<Finding> errors = new Validation().findings(workspace.root()).stream().filter(f -> f.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException(errors.size() + " rule errors in the synthetic workspace, e.g. " + errors.get(0));
		}
	}

	private static void check(SyncResult result, String what) {
		if (!result.done()) {
			throw new IllegalStateException(what + ": " + result.status() + " " + result.findings().stream().limit(3).toList());
		}
	}

	private static long size(Path root) throws Exception {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private static void summary(String what, List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		long total = sorted.stream().mapToLong(Long::longValue).sum();
		System.out.printf(Locale.ROOT, "  %-100s median %7.2f s  max %7.2f s  total %8.2f s (%d)%n", what,
				sorted.get(sorted.size() / 2) / 1e9, sorted.get(sorted.size() - 1) / 1e9, total / 1e9, sorted.size());
	}

	private static void print(String what, long nanos) {
		System.out.printf(Locale.ROOT, "  %-100s %8.2f s%n", what, nanos / 1e9);
	}
}
