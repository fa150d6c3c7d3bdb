package cc.enet.mailbox.connector.james.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache James started by the tests on loopback high ports, through the same script the demo uses
 * (releng/james-server/james), and stopped by them.
 */
final class JamesProcess {

	private final Path script;
	private final Path workdir;
	private final int portBase;
	private final Map<String, String> environment = new HashMap<>();
	private Map<String, String> ports = Map.of();

	JamesProcess(String name, int portBase) {
		Path root = Path.of(System.getProperty("mailbox.repo.root", "../..")).toAbsolutePath().normalize();
		this.script = root.resolve("releng/james-server/james");
		this.workdir = Path.of(System.getProperty("mailbox.test.work", "target/james-work")).toAbsolutePath().resolve(name);
		this.portBase = portBase;
	}

	JamesProcess withHttpsWebAdmin() {
		environment.put("JAMES_WEBADMIN_HTTPS", "1");
		return this;
	}

	JamesProcess withJwtPublicKey(Path pem) {
		environment.put("JAMES_WEBADMIN_JWT_KEY", pem.toString());
		return this;
	}

	JamesProcess start() throws IOException, InterruptedException {
		run("start", workdir.toString(), String.valueOf(portBase));
		ports = new HashMap<>();
		for (String line : Files.readAllLines(workdir.resolve("ports.env"), StandardCharsets.UTF_8)) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				ports.put(line.substring(0, eq), line.substring(eq + 1));
			}
		}
		return this;
	}

	void stop() throws IOException, InterruptedException {
		run("stop", workdir.toString());
	}

	/** Kills the server at once, as a crash or a pulled cable would. */
	void kill() throws IOException, InterruptedException {
		String pid = Files.readString(workdir.resolve("james.pid")).strip();
		new ProcessBuilder("kill", "-KILL", pid).inheritIO().start().waitFor();
		stop();
	}

	String webAdminUrl() {
		return ports.get("WEBADMIN_URL");
	}

	int port(String name) {
		return Integer.parseInt(ports.get(name));
	}

	Path certificate() {
		return Path.of(ports.get("CA_CERT"));
	}

	private void run(String... args) throws IOException, InterruptedException {
		String[] command = new String[args.length + 2];
		command[0] = "bash";
		command[1] = script.toString();
		System.arraycopy(args, 0, command, 2, args.length);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IOException("james " + args[0] + " failed:\n" + output);
		}
	}
}
