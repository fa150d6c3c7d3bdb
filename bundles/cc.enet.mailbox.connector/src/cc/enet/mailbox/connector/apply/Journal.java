package cc.enet.mailbox.connector.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cc.enet.mailbox.connector.json.Json;

/**
 * A file per server that an apply writes as it goes: a start line with the number of changes, a line per result, an
 * end line. A journal without an end line is an apply that crashed or was killed: the next run reports it and, since
 * plans are computed afresh, resumes it by applying what is still missing.
 */
public final class Journal {

	private final Path file;

	public Journal(Path workspaceFolder, String server) {
		this.file = workspaceFolder.resolve(".apply").resolve("journal-" + server.replaceAll("[^A-Za-z0-9._-]", "_") + ".jsonl");
	}

	/** What an interrupted apply left, if the last one did not finish. */
	public record Interrupted(String started, long planned, long recorded) {
	}

	public Optional<Interrupted> interrupted() throws IOException {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> start;
		try {
			start = Json.object(Json.parse(lines.get(0)));
		} catch (IllegalArgumentException e) {
			return Optional.of(new Interrupted("?", 0, 0));
		}
		boolean ended = lines.stream().anyMatch(l -> l.contains("\"event\":\"end\""));
		long results = lines.stream().filter(l -> l.contains("\"event\":\"result\"")).count();
		return ended ? Optional.empty()
				: Optional.of(new Interrupted(String.valueOf(start.get("time")), ((Number) start.getOrDefault("changes", 0L)).longValue(), results));
	}

	public void start(String server, int changes) throws IOException {
		Files.createDirectories(file.getParent());
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("event", "start");
		line.put("time", Instant.now().toString());
		line.put("server", server);
		line.put("changes", changes);
		Files.writeString(file, Json.write(line) + "\n", StandardCharsets.UTF_8);
	}

	public synchronized void result(ChangeResult result) throws IOException {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("event", "result");
		line.put("change", result.change().describe());
		line.put("status", result.status().label());
		append(line);
	}

	public void end() throws IOException {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("event", "end");
		line.put("time", Instant.now().toString());
		append(line);
	}

	private void append(Map<String, Object> line) throws IOException {
		Files.writeString(file, Json.write(line) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}
}
