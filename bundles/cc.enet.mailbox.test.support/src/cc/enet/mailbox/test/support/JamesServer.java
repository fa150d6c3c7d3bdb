package cc.enet.mailbox.test.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real Apache James on loopback high ports, started and stopped through the script the demo uses
 * (releng/james-server/james); and its WebAdmin, to look at (or change) the server behind the console's back as a
 * customer's webmail would.
 */
public final class JamesServer {

	private final ServerScript script = new ServerScript("releng/james-server/james");
	private final Path workdir;
	private final int portBase;
	private final HttpClient http = HttpClient.newHttpClient();
	private Map<String, String> ports = Map.of();
	private boolean plainWebAdmin = true;
	private JamesEmptying emptied;

	/** @param name the server's working folder under {@code mailbox.test.work}; distinct per test */
	public JamesServer(String name, int portBase) {
		this.workdir = Path.of(System.getProperty("mailbox.test.work", "target/james-work")).toAbsolutePath().resolve(name);
		this.portBase = portBase;
		// one TLS key for every test James (keytool costs seconds of CPU per new server): no test needs a
		// certificate of its own per server; a pin test pins what the server presents, or a made-up value
		script.environment("JAMES_KEYSTORE_CACHE", ServerScript.repoRoot().resolve("releng/james-server/target/test-keystore").toString());
	}

	public JamesServer withHttpsWebAdmin() {
		script.environment("JAMES_WEBADMIN_HTTPS", "1");
		plainWebAdmin = false;
		return this;
	}

	public JamesServer withJwtPublicKey(Path pem) {
		script.environment("JAMES_WEBADMIN_JWT_KEY", pem.toString());
		plainWebAdmin = false;
		return this;
	}

	public JamesServer start() throws IOException, InterruptedException {
		script.run("start", workdir.toString(), String.valueOf(portBase));
		ports = ServerScript.readPorts(workdir.resolve("ports.env"));
		// what it starts with, to go back to (this class's own WebAdmin calls need plain http without a token)
		try {
			emptied = plainWebAdmin ? new JamesEmptying(this, workdir.resolve("sieve")) : null;
		} catch (IOException | RuntimeException e) {
			stop(); // the caller gets no server to stop
			throw e;
		}
		return this;
	}

	/**
	 * Takes the server back to what a fresh start gave: no users (nor their mail, quotas and Sieve scripts), no
	 * forwards or aliases, only the domains James starts with. For a server shared by several test classes.
	 */
	public void reset() throws IOException, InterruptedException {
		if (emptied == null) {
			throw new IllegalStateException("only a started James with plain WebAdmin (no HTTPS, no token) can be reset");
		}
		emptied.reset();
	}

	public void stop() throws IOException, InterruptedException {
		script.run("stop", workdir.toString());
	}

	/** Kills the server at once, as a crash or a pulled cable would. */
	public void kill() throws IOException, InterruptedException {
		String pid = Files.readString(workdir.resolve("james.pid")).strip();
		new ProcessBuilder("kill", "-KILL", pid).inheritIO().start().waitFor();
		stop();
	}

	public String webAdminUrl() {
		return ports.get("WEBADMIN_URL");
	}

	public int port(String name) {
		return Integer.parseInt(ports.get(name));
	}

	/** The server's self-signed certificate (PEM). */
	public Path certificate() {
		return Path.of(ports.get("CA_CERT"));
	}

	/** GET on WebAdmin: the body, whatever the status. */
	public String get(String path) throws IOException, InterruptedException {
		return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
	}

	/** GET on WebAdmin: the status code. */
	public int status(String path) throws IOException, InterruptedException {
		return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** PUT without a body; the status code. */
	public int put(String path) throws IOException, InterruptedException {
		return http.send(request(path).PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
	}

	/** PUT with a JSON body; the status code. */
	public int putJson(String path, String json) throws IOException, InterruptedException {
		return http.send(request(path).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	public int delete(String path) throws IOException, InterruptedException {
		return http.send(request(path).DELETE().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(webAdminUrl() + path));
	}
}
