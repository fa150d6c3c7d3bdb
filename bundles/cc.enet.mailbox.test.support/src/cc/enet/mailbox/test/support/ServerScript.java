package cc.enet.mailbox.test.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One of the project's server scripts (releng/...), run as the demo runs it; and the ports.env it writes. */
final class ServerScript {

	private final Path script;
	private final Map<String, String> environment = new HashMap<>();

	ServerScript(String relativePath) {
		this.script = repoRoot().resolve(relativePath);
	}

	/** The checkout the tests run in. */
	static Path repoRoot() {
		return Path.of(System.getProperty("mailbox.repo.root", "../..")).toAbsolutePath().normalize();
	}

	void environment(String name, String value) {
		environment.put(name, value);
	}

	void run(String... args) throws IOException, InterruptedException {
		String[] command = new String[args.length + 2];
		command[0] = "bash";
		command[1] = script.toString();
		System.arraycopy(args, 0, command, 2, args.length);
		run(null, environment, command);
	}

	/** Runs a command and returns its output; a non-zero exit (or ten minutes without one) is an IOException. */
	static String run(Path directory, Map<String, String> environment, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		builder.environment().putAll(environment);
		// the scripts start Java servers (James) with the JDK that runs the tests unless told otherwise
		builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed:\n" + output);
		}
		return output;
	}

	/** KEY=VALUE lines; a value in single quotes (as the mail stack writes lists) loses them. */
	static Map<String, String> readPorts(Path file) throws IOException {
		Map<String, String> values = new HashMap<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				String value = line.substring(eq + 1);
				boolean quoted = value.length() >= 2 && value.startsWith("'") && value.endsWith("'");
				values.put(line.substring(0, eq), quoted ? value.substring(1, value.length() - 1) : value);
			}
		}
		return values;
	}
}
