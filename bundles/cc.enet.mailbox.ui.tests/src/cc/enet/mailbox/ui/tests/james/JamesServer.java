package cc.enet.mailbox.ui.tests.james;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache James on loopback high ports, started and stopped through the script the demo uses
 * (releng/james-server/james), as the connector's integration tests do; and a look at it through WebAdmin.
 */
public final class JamesServer {

	private final Path script;
	private final Path workdir;
	private final int portBase;
	private final HttpClient http = HttpClient.newHttpClient();
	private Map<String, String> ports = Map.of();

	public JamesServer(String name, int portBase) {
		Path root = Path.of(System.getProperty("mailbox.repo.root", "../..")).toAbsolutePath().normalize();
		this.script = root.resolve("releng/james-server/james");
		this.workdir = Path.of(System.getProperty("mailbox.test.work", "target/james-work")).toAbsolutePath().resolve(name);
		this.portBase = portBase;
	}

	public JamesServer start() throws IOException, InterruptedException {
		run("start", workdir.toString(), String.valueOf(portBase));
		Map<String, String> read = new HashMap<>();
		for (String line : Files.readAllLines(workdir.resolve("ports.env"), StandardCharsets.UTF_8)) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				read.put(line.substring(0, eq), line.substring(eq + 1));
			}
		}
		ports = read;
		return this;
	}

	public void stop() throws IOException, InterruptedException {
		run("stop", workdir.toString());
	}

	/** A port from the script's ports.env (POP3S_PORT, IMAPS_PORT, SMTPS_PORT, SMTP_PORT, ...). */
	public int port(String key) {
		return Integer.parseInt(ports.get(key));
	}

	/** The certificate James presents (CN=localhost), for a client's trust anchors. */
	public Path certificate() {
		return Path.of(ports.get("CA_CERT"));
	}

	public String webAdminUrl() {
		return ports.get("WEBADMIN_URL");
	}

	/** GET on WebAdmin, as someone checking the server by hand would. */
	public String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(webAdminUrl() + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return response.statusCode() + " " + response.body();
	}

	/** PUT without a body on WebAdmin (as a customer's webmail change would); the status code. */
	public int put(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(webAdminUrl() + path)).PUT(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** PUT with a JSON body on WebAdmin; the status code. */
	public int put(String path, String json) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(webAdminUrl() + path)).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	public int delete(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(webAdminUrl() + path)).DELETE().build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private void run(String... args) throws IOException, InterruptedException {
		String[] command = new String[args.length + 2];
		command[0] = "bash";
		command[1] = script.toString();
		System.arraycopy(args, 0, command, 2, args.length);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IOException("james " + args[0] + " failed:\n" + output);
		}
	}
}
