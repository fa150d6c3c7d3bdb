package cc.enet.mailbox.connector.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cc.enet.mailbox.connector.json.Json;

/**
 * audit.log in the workspace: one JSON line per change applied or taken from a server, with who, when, which server
 * and the result. Appended, never rewritten; it never holds a password (changes carry none).
 */
public final class AuditLog {

	public static final String FILE = "audit.log";

	private final Path file;
	private final String user;

	public AuditLog(Path workspaceFolder) {
		this.file = workspaceFolder.resolve(FILE);
		this.user = System.getProperty("user.name", "?");
	}

	public synchronized void record(String server, String action, String result, String message) throws IOException {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("time", Instant.now().toString());
		line.put("user", user);
		line.put("server", server);
		line.put("change", action);
		line.put("result", result);
		if (message != null) {
			line.put("message", message);
		}
		Files.writeString(file, Json.write(line) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND, StandardOpenOption.WRITE);
	}

	public List<Map<String, Object>> read() throws IOException {
		List<Map<String, Object>> lines = new ArrayList<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					lines.add(Json.object(Json.parse(line)));
				}
			}
		}
		return lines;
	}
}
