package cc.enet.mailbox.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
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
 * The connector's figures against a real James (started here on loopback): plan and apply of N mailboxes with
 * forwards, and as the baseline the same write requests sent by a plain sequential loop of HTTP calls to a fresh
 * server. Run with releng/benchmark connector [N].
 */
public final class ConnectorBenchmark {

	/**
	 * [MAILBOXES] [james|dovecot]: both servers when none is named. With -Dmailbox.bench.planOne=true (releng/benchmark
	 * plan-one) only the plan after one edit in a workspace of MAILBOXES, of which only the first domain is on the server.
	 */
	public static void main(String[] args) throws Exception {
		int mailboxes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		String which = args.length > 1 ? args[1] : "both";
		if (!which.equals("dovecot")) {
			james(mailboxes);
		}
		if (!which.equals("james")) {
			DovecotConnectorBenchmark.run(mailboxes);
		}
	}

	private static void james(int mailboxes) throws Exception {
		Path script = Path.of(System.getProperty("mailbox.repo.root", ".")).resolve("releng/james-server/james").toAbsolutePath();
		Path work = Files.createTempDirectory("mailbox-connector-bench");
		Path jamesDir = work.resolve("james");
		int base = 36000;
		james(script, "start", jamesDir.toString(), String.valueOf(base));
		String url = "http://127.0.0.1:" + (base + 800);
		try {
			run(mailboxes, work, url, script, jamesDir, base);
		} finally {
			james(script, "stop", jamesDir.toString());
		}
	}

	private static void run(int count, Path work, String url, Path script, Path jamesDir, int base) throws Exception {
		System.out.printf(Locale.ROOT, "Connector benchmark: %,d mailboxes against Apache James 3.8.1 (memory) at %s, %d cores%n", count,
				url, Runtime.getRuntime().availableProcessors());
		MailboxWorkspace workspace = WorkspaceStore.create(work.resolve("ws"), "bench");
		int domains = Math.max(1, count / 20);
		String csv = SyntheticMailboxes.csv(count, domains, 0, 7, false);
		Files.writeString(work.resolve("m.csv"), csv, StandardCharsets.UTF_8);
		new MailboxCsvImporter(workspace.root()).apply(MailboxCsvReader.read(work.resolve("m.csv"), null), null);
		CredentialStore credentials = new BenchCredentials();
		MailServer server = MailboxFactory.eINSTANCE.createMailServer();
		server.setName("bench");
		server.setKind("james");
		server.setUrl(url);

		try (Connector connector = BenchConnectors.of(server).open(server, (char[]) null)) {
			if (Boolean.getBoolean("mailbox.bench.planOne")) {
				OneEditPlan.applyFirstDomainOnly(workspace, connector, credentials);
				OneEditPlan.run(workspace, connector);
				return;
			}
			long t0 = System.nanoTime();
			Plan plan = new Planner("bench", connector.capabilities()).plan(workspace.root(),
					connector.read(Planner.domainsOf(workspace.root()), new NullProgressMonitor()));
			long planEmpty = System.nanoTime() - t0;
			List<Change> changes = plan.changes().stream().map(e -> e.change()).toList();
			print("plan against the empty server", planEmpty);
			System.out.printf(Locale.ROOT, "    %,d changes planned%n", changes.size());

			t0 = System.nanoTime();
			ApplyReport report = new ApplyOperation(workspace, connector, plan, Decisions.none(), credentials).run(new NullProgressMonitor());
			long applyNanos = System.nanoTime() - t0;
			long done = report.count(ChangeResult.Status.DONE);
			print("apply", applyNanos);
			System.out.printf(Locale.ROOT, "    %,d done, %,d failed; %,.0f changes/s%n", done, report.results().size() - done,
					done / (applyNanos / 1e9));
			report.results().stream().filter(r -> r.status() != ChangeResult.Status.DONE).limit(5)
					.forEach(r -> System.out.println("    not done: " + r.change().describe() + ": " + r.message()));

			t0 = System.nanoTime();
			Plan again = new Planner("bench", connector.capabilities()).plan(workspace.root(),
					connector.read(Planner.domainsOf(workspace.root()), new NullProgressMonitor()));
			print("full refresh: plan of all mailboxes", System.nanoTime() - t0);
			System.out.printf(Locale.ROOT, "    %,d changes left (0 expected)%n", again.changes().size());
			OneEditPlan.run(workspace, connector);

			// Baseline: a fresh server, the same writes, one plain HTTP call after another.
			james(script, "stop", jamesDir.toString());
			james(script, "start", jamesDir.toString(), String.valueOf(base));
			long requests = 0;
			HttpClient http = HttpClient.newHttpClient();
			t0 = System.nanoTime();
			for (Change change : changes) {
				requests += baseline(http, url, change);
			}
			long baselineNanos = System.nanoTime() - t0;
			print("baseline: plain sequential HTTP loop", baselineNanos);
			double baselineRate = changes.size() / (baselineNanos / 1e9);
			double applyRate = done / (applyNanos / 1e9);
			System.out.printf(Locale.ROOT, "    %,d requests for %,d changes; %,.0f changes/s%n", requests, changes.size(), baselineRate);
			System.out.printf(Locale.ROOT, "  apply throughput / baseline: %.2f%n", applyRate / baselineRate);
			// James hashes the passwords itself and takes one write at a time: the plain loop is the floor
			System.out.printf(Locale.ROOT, "  apply / floor (the plain loop): %.2f%n", (double) applyNanos / baselineNanos);
		}
	}

	/** The write requests a change needs, sent the plainest way; returns how many were sent. */
	private static int baseline(HttpClient http, String url, Change change) throws IOException, InterruptedException {
		switch (change) {
		case Change.CreateDomain d -> send(http, put(url + "/domains/" + d.domain(), ""));
		case Change.CreateMailbox m -> send(http, put(url + "/users/" + m.mailbox(), "{\"password\":\"Bench-Pa55\"}"));
		case Change.SetQuota q -> send(http, put(url + "/quota/users/" + q.mailbox() + "/size", String.valueOf(q.quotaMb() * 1048576L)));
		case Change.SetForwarding f -> {
			for (String target : f.forwarding().targets()) {
				send(http, put(url + "/address/forwards/" + f.mailbox() + "/targets/" + target, ""));
			}
			return f.forwarding().targets().size();
		}
		case Change.SetFilters f -> send(http, HttpRequest.newBuilder(URI.create(url + "/sieve/" + f.mailbox() + "/scripts/x?activate=true"))
				.header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("keep;")).build());
		case Change.DeleteMailbox m -> send(http, HttpRequest.newBuilder(URI.create(url + "/users/" + m.mailbox())).DELETE().build());
		default -> throw new IllegalArgumentException("James holds no " + change.field().label() + ": " + change.describe());
		}
		return 1;
	}

	private static HttpRequest put(String url, String json) {
		return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(json)).build();
	}

	private static void send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
		int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		if (status >= 300) {
			System.out.println("    baseline request refused: HTTP " + status + " " + request.uri());
		}
	}

	private static void james(Path script, String... args) throws IOException, InterruptedException {
		james(script, Map.of(), args);
	}

	/** Runs releng/james-server/james with {@code env} added to this process's environment (e.g. JAMES_JAVA_OPTS). */
	static void james(Path script, Map<String, String> env, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", script.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(env);
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException("james " + args[0] + " failed:\n" + out);
		}
	}

	private static void print(String what, long nanos) {
		System.out.printf(Locale.ROOT, "  %-46s %,8d ms%n", what, nanos / 1_000_000);
	}
}
