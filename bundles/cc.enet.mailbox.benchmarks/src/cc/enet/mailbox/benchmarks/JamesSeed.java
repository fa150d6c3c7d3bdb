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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.json.Json;
import cc.enet.mailbox.connector.james.SeededScripts;

/**
 * Seeds a James with the changes of a plan through the benchmark's own WebAdmin route ({@code POST /benchmark/seed},
 * releng/james-server/extensions, loaded when James starts with {@code JAMES_BENCHMARK_SEED=1}): batches of the
 * writes the connector's apply sends (same users, password, quota sizes, forward targets and Sieve text, the
 * connector's own), which the route makes with James's in-process calls of its public routes, one batch at a time.
 * The plain WebAdmin loop it replaces sent about six requests a mailbox (30,000 mailboxes took 755 s). Also reads
 * back everything of a James the apply writes, to compare a seeded server with an applied one.
 */
final class JamesSeed {

	static final String ROUTE = "/benchmark/seed";
	private static final long MB = 1024L * 1024L;
	/** Writes per request (about 0.5 MB of JSON). */
	private static final int BATCH = 2_000;

	private final String url;
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	/** Per kind of write: count, nanoseconds inside James and CPU nanoseconds of its writing thread (as the route measured them). */
	private final Map<String, long[]> perKind = new TreeMap<>();

	JamesSeed(String url) {
		this.url = url;
	}

	/** Writes every change; returns the number of requests. */
	long seed(List<Change> changes) throws IOException, InterruptedException {
		List<Map<String, Object>> writes = new ArrayList<>();
		for (Change change : changes.stream().sorted(Comparator.comparingInt(JamesSeed::rank)).toList()) {
			writes.addAll(writes(change));
		}
		long requests = 0;
		for (int from = 0; from < writes.size(); from += BATCH) {
			post(writes.subList(from, Math.min(writes.size(), from + BATCH)));
			requests++;
		}
		return requests;
	}

	/** Per kind of write: count, the time James spent on them and its CPU time. */
	String costs() {
		StringBuilder text = new StringBuilder();
		perKind.forEach((kind, figures) -> text.append(String.format(Locale.ROOT,
				"    %-12s %,8d writes, %,8d ms in James (%.3f ms a write), CPU %,8d ms (%.3f ms a write)%n", kind, figures[0],
				figures[1] / 1_000_000, figures[1] / 1e6 / Math.max(1, figures[0]), figures[2] / 1_000_000,
				figures[2] / 1e6 / Math.max(1, figures[0]))));
		return text.toString();
	}

	/** Domains, then users (a quota, forward or script needs its user), then the rest in plan order. */
	private static int rank(Change change) {
		return change instanceof Change.CreateDomain ? 0 : change instanceof Change.CreateMailbox ? 1 : 2;
	}

	private static List<Map<String, Object>> writes(Change change) {
		return switch (change) {
		case Change.CreateDomain d -> List.of(Map.of("kind", "domain", "domain", d.domain()));
		case Change.CreateMailbox m -> List.of(Map.of("kind", "user", "user", m.mailbox(), "password", BenchCredentials.PASSWORD));
		case Change.SetQuota q -> List.of(Map.of("kind", "quota-size", "user", q.mailbox(), "size", q.quotaMb() * MB));
		case Change.SetForwarding f -> {
			List<String> wanted = new ArrayList<>(f.forwarding().targets());
			if (f.forwarding().keepCopy() && !wanted.isEmpty()) {
				wanted.add(f.mailbox());
			}
			yield wanted.stream().<Map<String, Object>>map(t -> Map.of("kind", "forward", "user", f.mailbox(), "target", t)).toList();
		}
		case Change.SetFilters f -> List.of(Map.of("kind", "sieve", "user", f.mailbox(), "name", SeededScripts.NAME, "script",
				SeededScripts.text(f.filters()), "activate", true));
		default -> throw new IllegalArgumentException("the James seeding has no way to write " + change.describe());
		};
	}

	private void post(List<Map<String, Object>> writes) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + ROUTE)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(Json.write(writes), StandardCharsets.UTF_8)).build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("James refused POST " + ROUTE + " (was it started with JAMES_BENCHMARK_SEED=1?): HTTP "
					+ response.statusCode() + " " + response.body());
		}
		Json.object(Json.parse(response.body())).forEach((kind, figures) -> {
			List<Object> pair = Json.array(figures);
			long[] sum = perKind.computeIfAbsent(kind, k -> new long[3]);
			for (int i = 0; i < sum.length; i++) {
				sum[i] += ((Number) pair.get(i)).longValue();
			}
		});
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
