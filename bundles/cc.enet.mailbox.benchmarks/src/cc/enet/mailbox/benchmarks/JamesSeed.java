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
import java.util.TreeMap;
import java.util.stream.Stream;

import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.json.Json;
import cc.enet.mailbox.connector.james.SeededScripts;

/**
 * Seeds a James with the changes of a plan through a plain WebAdmin loop, one request at a time (James 3.8.1's
 * in-memory stores are not thread-safe): the requests the connector's apply sends (same paths, bodies and Sieve
 * text), without its read-backs. Also reads back everything of a James the apply writes, to compare a seeded server
 * with an applied one.
 */
final class JamesSeed {

	private static final long MB = 1024L * 1024L;

	private final String url;
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	private final Map<String, long[]> perKind = new TreeMap<>();

	JamesSeed(String url) {
		this.url = url;
	}

	/** Sends every change; returns the number of requests. */
	long seed(List<Change> changes) throws IOException, InterruptedException {
		long requests = 0;
		for (Change change : changes) {
			long t0 = System.nanoTime();
			int sent = send(change);
			long[] kind = perKind.computeIfAbsent(change.getClass().getSimpleName(), k -> new long[3]);
			kind[0]++;
			kind[1] += sent;
			kind[2] += System.nanoTime() - t0;
			requests += sent;
		}
		return requests;
	}

	/** Per kind of change: count, requests, milliseconds. */
	String costs() {
		StringBuilder text = new StringBuilder();
		perKind.forEach((kind, figures) -> text.append(String.format(Locale.ROOT,
				"    %-18s %,8d changes, %,8d requests, %,8d ms (%.2f ms a request)%n", kind, figures[0], figures[1],
				figures[2] / 1_000_000, figures[2] / 1e6 / Math.max(1, figures[1]))));
		return text.toString();
	}

	private int send(Change change) throws IOException, InterruptedException {
		switch (change) {
		case Change.CreateDomain d -> put("/domains/" + SeededScripts.segment(d.domain()), null, "application/json");
		case Change.CreateMailbox m -> put("/users/" + SeededScripts.segment(m.mailbox()),
				Json.write(Map.of("password", BenchCredentials.PASSWORD)), "application/json");
		case Change.SetQuota q -> put("/quota/users/" + SeededScripts.segment(q.mailbox()) + "/size",
				Json.write(q.quotaMb() * MB), "application/json");
		case Change.SetForwarding f -> {
			List<String> wanted = new ArrayList<>(f.forwarding().targets());
			if (f.forwarding().keepCopy() && !wanted.isEmpty()) {
				wanted.add(f.mailbox());
			}
			for (String target : wanted) {
				put("/address/forwards/" + SeededScripts.segment(f.mailbox()) + "/targets/" + SeededScripts.segment(target), null,
						"application/json");
			}
			return wanted.size();
		}
		case Change.SetFilters f -> put("/sieve/" + SeededScripts.segment(f.mailbox()) + "/scripts/" + SeededScripts.NAME
				+ "?activate=true", SeededScripts.text(f.filters()), "text/plain; charset=utf-8");
		default -> throw new IllegalArgumentException("the James seeding has no way to write " + change.describe());
		}
		return 1;
	}

	private void put(String path, String body, String type) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", type)
				.PUT(HttpRequest.BodyPublishers.ofString(body == null ? "" : body, StandardCharsets.UTF_8)).build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 204) {
			throw new IOException("James refused PUT " + path + ": HTTP " + response.statusCode() + " " + response.body());
		}
	}

	/**
	 * What the server holds of what the apply writes, as sorted lines: domains, users, every quota with its usage,
	 * every mapping, and the Sieve files under James's folder (path and text).
	 */
	List<String> state(Path jamesDir) throws IOException, InterruptedException {
		List<String> lines = new ArrayList<>();
		for (String path : List.of("/domains", "/users", "/quota/users", "/mappings")) {
			Object answer = Json.parse(http.send(HttpRequest.newBuilder(URI.create(url + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString()).body());
			if (answer instanceof List<?> list) {
				list.forEach(item -> lines.add(path + " " + Json.write(sorted(item))));
			} else {
				Json.object(answer).forEach((key, value) -> lines.add(path + " " + key + " " + Json.write(sorted(value))));
			}
		}
		try (Stream<Path> files = Files.walk(jamesDir)) {
			for (Path file : files.filter(Files::isRegularFile).filter(f -> jamesDir.relativize(f).toString().contains("sieve"))
					.filter(f -> !jamesDir.relativize(f).startsWith("conf")).toList()) {
				lines.add("file /" + jamesDir.relativize(file) + " " + Files.readString(file).replace("\n", "\\n"));
			}
		}
		lines.sort(null);
		return lines;
	}

	/** A JSON value with its objects' keys in order and its arrays sorted, so two reads compare line by line. */
	private static Object sorted(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> ordered = new TreeMap<>();
			map.forEach((k, v) -> ordered.put(String.valueOf(k), sorted(v)));
			return ordered;
		}
		if (value instanceof List<?> list) {
			List<Object> items = new ArrayList<>(list.stream().map(JamesSeed::sorted).toList());
			items.sort((a, b) -> Json.write(a).compareTo(Json.write(b)));
			return items;
		}
		return value;
	}
}
