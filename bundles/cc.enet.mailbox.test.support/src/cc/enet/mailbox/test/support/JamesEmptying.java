package cc.enet.mailbox.test.support;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Empties a running James over WebAdmin (and its Sieve folder, which WebAdmin cannot list): what a test class
 * wrote goes, what James started with stays. Anything it does not know how to remove fails the reset by name, so a
 * class never starts on a server that is not empty.
 */
final class JamesEmptying {

	private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
	private static final Pattern USERNAME = Pattern.compile("\"username\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern SOURCE = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\[([^\\]]*)\\]");
	private static final Pattern MAPPING = Pattern.compile("\\{([^}]*)\\}");
	private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern TARGET = Pattern.compile("\"mapping\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern QUEUE_SIZE = Pattern.compile("\"size\"\\s*:\\s*(\\d+)");

	private final JamesServer james;
	private final Path sieve;
	private final List<String> startDomains;

	JamesEmptying(JamesServer james, Path sieve) throws IOException, InterruptedException {
		this.james = james;
		this.sieve = sieve;
		this.startDomains = quoted(james.get("/domains"));
	}

	void reset() throws IOException, InterruptedException {
		awaitEmptySpool();
		for (String user : all(USERNAME, james.get("/users"))) {
			String u = "/users/" + segment(user);
			expect(204, james.delete(u + "/mailboxes"), "delete the mailboxes of " + user);
			expect(204, james.delete("/quota/users/" + segment(user) + "/size"), "delete the size quota of " + user);
			expect(204, james.delete("/quota/users/" + segment(user) + "/count"), "delete the count quota of " + user);
			expect(204, james.delete(u), "delete user " + user);
		}
		removeMappings();
		for (String domain : quoted(james.get("/domains"))) {
			if (!startDomains.contains(domain)) {
				expect(204, james.delete("/domains/" + segment(domain)), "delete domain " + domain);
			}
		}
		emptySieveFolder();
		if (!all(USERNAME, james.get("/users")).isEmpty() || !james.get("/mappings").replaceAll("\\s", "").equals("{}")) {
			throw new IOException("James kept users or mappings after the reset: " + james.get("/users") + " " + james.get("/mappings"));
		}
	}

	private void removeMappings() throws IOException, InterruptedException {
		Matcher source = SOURCE.matcher(james.get("/mappings"));
		while (source.find()) {
			String from = source.group(1);
			Matcher mapping = MAPPING.matcher(source.group(2));
			while (mapping.find()) {
				String type = first(TYPE, mapping.group(1));
				String to = first(TARGET, mapping.group(1));
				String path = switch (type) {
				case "Forward" -> "/address/forwards/" + segment(from) + "/targets/" + segment(to);
				case "Alias" -> "/address/aliases/" + segment(to) + "/sources/" + segment(from);
				case "Group" -> "/address/groups/" + segment(from) + "/" + segment(to);
				default -> throw new IOException("the reset cannot remove a " + type + " mapping " + from + " -> " + to);
				};
				expect(204, james.delete(path), "delete mapping " + type + " " + from + " -> " + to);
			}
		}
	}

	/** Mail still on its way would land in the next class's mailboxes. */
	private void awaitEmptySpool() throws IOException, InterruptedException {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (true) {
			String queue = james.get("/mailQueues/spool");
			Matcher size = QUEUE_SIZE.matcher(queue);
			if (!size.find()) {
				throw new IOException("no size in James's spool queue: " + queue);
			}
			if (size.group(1).equals("0")) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new IOException("James's spool queue did not empty in 30 s: " + queue);
			}
			Thread.sleep(100);
		}
	}

	private void emptySieveFolder() throws IOException {
		if (!Files.isDirectory(sieve)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(sieve)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				if (!path.equals(sieve)) {
					Files.delete(path);
				}
			}
		}
	}

	private static void expect(int status, int actual, String what) throws IOException {
		if (actual != status) {
			throw new IOException("reset of James: " + what + " answered " + actual + ", not " + status);
		}
	}

	private static String first(Pattern pattern, String text) throws IOException {
		Matcher m = pattern.matcher(text);
		if (!m.find()) {
			throw new IOException("unexpected WebAdmin mapping: " + text);
		}
		return m.group(1);
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static List<String> quoted(String json) {
		return all(QUOTED, json);
	}

	private static String segment(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
