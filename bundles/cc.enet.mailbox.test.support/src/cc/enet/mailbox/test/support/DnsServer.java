package cc.enet.mailbox.test.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real DNS server for tests: Debian's dnsmasq on 127.0.0.1:PORT, a child process of the test with a configuration of
 * its own (no daemon, no upstream, the machine's resolver untouched), answering for test zones only: MX and A records
 * as given, NXDOMAIN for any other name under a zone. Installed through the product's scripts (releng/lib.sh mc_apt)
 * when missing. Tests keep to ports 53500-53599.
 */
public final class DnsServer implements AutoCloseable {

	private static final Path DNSMASQ = Path.of("/usr/sbin/dnsmasq");

	private final int port;
	private final List<String> lines = new ArrayList<>();
	private Process process;
	private Path folder;

	public DnsServer(int port) {
		this.port = port;
	}

	/** Names under {@code zone} that are not given here do not exist (NXDOMAIN). */
	public DnsServer zone(String zone) {
		lines.add("local=/" + zone + "/");
		return this;
	}

	public DnsServer mx(String domain, String target, int preference) {
		lines.add("mx-host=" + domain + "," + target + "," + preference);
		return this;
	}

	public DnsServer a(String host, String address) {
		lines.add("host-record=" + host + "," + address);
		return this;
	}

	/** The address tests pass to --resolver. */
	public String resolver() {
		return "127.0.0.1:" + port;
	}

	public DnsServer start() throws IOException, InterruptedException {
		install();
		folder = Files.createTempDirectory("mailbox-dns-" + port);
		Path conf = folder.resolve("dnsmasq.conf");
		List<String> all = new ArrayList<>(List.of("port=" + port, "listen-address=127.0.0.1", "bind-interfaces",
				"no-resolv", "no-hosts", "no-poll", "no-negcache", "cache-size=0", "pid-file=", "log-facility=-"));
		all.addAll(lines);
		Files.write(conf, all, StandardCharsets.UTF_8);
		process = new ProcessBuilder(DNSMASQ.toString(), "--keep-in-foreground", "--conf-file=" + conf)
				.redirectErrorStream(true).start();
		CompletableFuture<String> started = CompletableFuture.supplyAsync(this::awaitStarted);
		try {
			started.get(15, TimeUnit.SECONDS);
		} catch (ExecutionException | TimeoutException e) {
			close();
			throw new IOException("dnsmasq did not start on " + resolver() + ": " + e.getMessage(), e);
		}
		return this;
	}

	/** Reads dnsmasq's log until it says it started; the rest of its output is drained in the background. */
	private String awaitStarted() {
		BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		try {
			for (String line = log.readLine(); line != null; line = log.readLine()) {
				seen.append(line).append('\n');
				if (line.contains("started, version")) {
					Thread drain = new Thread(() -> drain(log), "dnsmasq-" + port + "-log");
					drain.setDaemon(true);
					drain.start();
					return seen.toString();
				}
			}
		} catch (IOException e) {
			throw new IllegalStateException(seen.toString(), e);
		}
		throw new IllegalStateException("dnsmasq exited:\n" + seen);
	}

	/** Reads what dnsmasq still writes, so it never blocks on a full pipe; the pipe closes when it stops. */
	private static void drain(BufferedReader log) {
		try {
			while (log.readLine() != null) {
				// only read
			}
		} catch (IOException e) {
			// dnsmasq stopped
		}
	}

	private static void install() throws IOException, InterruptedException {
		if (Files.isExecutable(DNSMASQ)) {
			return;
		}
		Path root = Path.of(System.getProperty("mailbox.repo.root", "../..")).toAbsolutePath().normalize();
		ServerScript.run(null, Map.of(), "bash", "-c",
				"source \"$1/releng/lib.sh\" && mc_apt dnsmasq-base", "install-dnsmasq", root.toString());
		if (!Files.isExecutable(DNSMASQ)) {
			throw new IOException("dnsmasq is not installed (apt-get install dnsmasq-base, as ./run-tests does)");
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		if (process != null) {
			process.destroy();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
			process = null;
		}
		if (folder != null) {
			try (var files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Files.deleteIfExists(file);
				}
			}
			Files.deleteIfExists(folder);
			folder = null;
		}
	}
}
