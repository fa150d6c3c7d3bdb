package cc.enet.mailbox.connector.dovecot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxFactory;

/**
 * The real mail stack started by the tests on loopback high ports, through the same script the demo uses
 * (releng/mailstack/mailstack), and stopped by them. Its folder is short and fixed (socket paths are limited; the
 * PostgreSQL template it keeps makes the next run start faster).
 */
final class MailStack {

	private final Path script;
	private final Path dir;
	private final int portBase;
	private Map<String, String> env = Map.of();

	MailStack(int portBase) {
		this(portBase, Path.of("/tmp/mailbox-dovecot-" + portBase));
	}

	/** A stack in a folder of its own (short: socket paths are limited). */
	MailStack(int portBase, Path dir) {
		Path root = Path.of(System.getProperty("mailbox.repo.root", "../..")).toAbsolutePath().normalize();
		this.script = root.resolve("releng/mailstack/mailstack");
		this.dir = dir;
		this.portBase = portBase;
	}

	Path dir() {
		return dir;
	}

	MailStack start() throws IOException, InterruptedException {
		run("start", dir.toString(), String.valueOf(portBase));
		Map<String, String> read = new HashMap<>();
		for (String line : Files.readAllLines(dir.resolve("ports.env"), StandardCharsets.UTF_8)) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				String value = line.substring(eq + 1);
				read.put(line.substring(0, eq), value.startsWith("'") && value.endsWith("'") ? value.substring(1, value.length() - 1) : value);
			}
		}
		env = read;
		return this;
	}

	void stop() throws IOException, InterruptedException {
		run("stop", dir.toString());
	}

	int portBase() {
		return portBase;
	}

	String get(String key) {
		return env.get(key);
	}

	int port(String key) {
		return Integer.parseInt(env.get(key));
	}

	String secret(String key) {
		for (String part : env.get("SERVER_SECRETS").split(" ")) {
			if (part.startsWith(key + "=")) {
				return part.substring(key.length() + 1);
			}
		}
		throw new IllegalStateException("no secret " + key);
	}

	/** The server as `./mailbox server add WS NAME SERVER_ADD_ARGS` describes it. */
	MailServer server(String name) {
		String[] args = get("SERVER_ADD_ARGS").split(" ");
		MailServer server = MailboxFactory.eINSTANCE.createMailServer();
		server.setName(name);
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

	/** SERVER_SECRETS as one string ("DEFAULT=... MANAGESIEVE=... DOVEADM=..."), which the connector splits. */
	char[] serverSecrets() {
		return get("SERVER_SECRETS").toCharArray();
	}

	/** The connector's view of this stack: its settings as SERVER_ADD_ARGS sets them, its named secrets. */
	DovecotSettings settings(String name) throws cc.enet.mailbox.connector.ConnectorException {
		MailServer server = server(name);
		return DovecotSettings.of(name, server.getUrl(), cc.enet.mailbox.connector.ConnectorFactory.settingsOf(server),
				server.getPinnedCertificateSha256(), cc.enet.mailbox.connector.Secrets.parse(serverSecrets()));
	}

	/** Runs a command and returns its output (exit code checked). */
	static String run(Path directory, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed:\n" + output);
		}
		return output;
	}

	private void run(String... args) throws IOException, InterruptedException {
		String[] command = new String[args.length + 2];
		command[0] = "bash";
		command[1] = script.toString();
		System.arraycopy(args, 0, command, 2, args.length);
		run(null, command);
	}
}
