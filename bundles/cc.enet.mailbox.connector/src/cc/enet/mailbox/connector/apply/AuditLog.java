package cc.enet.mailbox.connector.apply;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

import cc.enet.mailbox.connector.json.Json;
import cc.enet.mailbox.core.io.DurableFiles;

/**
 * audit.log in the workspace: one JSON line before each server request (intent) and one after it (result), a line
 * for each change when one request carries several (forced to disk together), with
 * who (OS user), host, process, server name and URL and the plan's fingerprint. Each line carries the SHA-256 of
 * the line before it ({@code prev}), so an edited, removed or inserted line breaks the chain at that place; see
 * {@link AuditChain}. Each line is forced to disk before the request goes out; lines that parallel workers write
 * meanwhile share one force (group commit), so the log does not make an apply's requests queue behind each other's
 * disk flushes. Past a size the file is rotated to
 * {@code audit.log.N} and the chain carries on in the new file. It never holds a password (changes carry none).
 */
public final class AuditLog {

	public static final String FILE = "audit.log";
	/** Bytes before rotation; the system property {@code mailbox.audit.maxBytes} overrides it. */
	public static final long DEFAULT_MAX_BYTES = 16L << 20;

	private final Path folder;
	private final Path file;
	private final String user;
	private final long maxBytes;
	private String serverUrl;
	private String planFingerprint;
	/** The file's chain, shared by every AuditLog of this process on it: the applies of a fleet write side by side. */
	private final Chain chain;
	/** Lines written (under this object's lock) and lines known to be on disk (under {@link #forcing}). */
	private long written;
	private long forced;
	/**
	 * Held through a disk flush (milliseconds): a lock whose waiters park at once, where a contended monitor has
	 * them spin first, burning the CPU the server and the other workers need meanwhile.
	 */
	private final ReentrantLock forcing = new ReentrantLock();

	public AuditLog(Path workspaceFolder) {
		this.folder = workspaceFolder;
		this.file = workspaceFolder.resolve(FILE);
		this.user = System.getProperty("user.name", "?");
		this.maxBytes = Long.getLong("mailbox.audit.maxBytes", DEFAULT_MAX_BYTES);
		this.chain = CHAINS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Chain());
		synchronized (chain) {
			chain.lastHash = null; // another process may have written since: the first line reads the file's last
		}
	}

	/** The hash of the last line written to one file (null: not read yet); its lock orders the file's writers. */
	private static final class Chain {
		String lastHash;
	}

	private static final ConcurrentMap<Path, Chain> CHAINS = new ConcurrentHashMap<>();

	/** The server URL and plan fingerprint every following line names. */
	public synchronized AuditLog context(String url, String fingerprint) {
		this.serverUrl = url;
		this.planFingerprint = fingerprint;
		return this;
	}

	/** Before a request: what is about to be asked of the server. */
	public void intent(String server, String action) throws IOException {
		append("intent", server, action, null, null);
	}

	/** After a request (or for a value taken from a server): what came of it. */
	public void record(String server, String action, String result, String message) throws IOException {
		append("result", server, action, result, message);
	}

	/** Before one request that carries several changes: their intent lines, on disk together before it goes out. */
	void intents(String server, List<String> actions) throws IOException {
		long last = 0;
		for (String action : actions) {
			last = write("intent", server, action, null, null);
		}
		forceUpTo(last);
	}

	/** After such a request: the result line of each of its changes, on disk together. */
	void results(String server, List<ChangeResult> results) throws IOException {
		long last = 0;
		for (ChangeResult result : results) {
			last = write("result", server, result.change().describe(), result.status().label(), result.message());
		}
		forceUpTo(last);
	}

	/** Returns once the line is on disk. */
	private void append(String event, String server, String action, String result, String message) throws IOException {
		forceUpTo(write(event, server, action, result, message));
	}

	/**
	 * One force covers every line written before it began: a writer whose line a force of another writer already
	 * covered returns at once, the others wait for the running force and then start one for all of them.
	 */
	private void forceUpTo(long line) throws IOException {
		forcing.lock();
		try {
			if (forced >= line) {
				return;
			}
			long upTo;
			synchronized (this) {
				upTo = written;
			}
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
				channel.force(false);
			}
			forced = upTo;
		} finally {
			forcing.unlock();
		}
	}

	/** Appends the line (not yet forced); returns its number. */
	private synchronized long write(String event, String server, String action, String result, String message)
			throws IOException {
		synchronized (chain) {
			return writeChained(event, server, action, result, message);
		}
	}

	private long writeChained(String event, String server, String action, String result, String message)
			throws IOException {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("time", Instant.now().toString());
		line.put("event", event);
		line.put("user", user);
		line.put("host", Host.NAME);
		line.put("pid", ProcessHandle.current().pid());
		line.put("server", server);
		if (serverUrl != null) {
			line.put("url", serverUrl);
		}
		if (planFingerprint != null) {
			line.put("plan", planFingerprint);
		}
		line.put("change", action);
		if (result != null) {
			line.put("result", result);
		}
		if (message != null) {
			line.put("message", message);
		}
		line.put("prev", previousHash());
		String text = Json.write(line);
		// After a torn line (a writer died mid-line) start a new line: the torn one stays, and shows as torn.
		byte[] bytes = ((endsTorn() ? "\n" : "") + text + "\n").getBytes(StandardCharsets.UTF_8);
		rotateIfFull(bytes.length);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND)) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
		}
		chain.lastHash = AuditChain.hash(text);
		return ++written;
	}

	/** The hash the next line chains to: the last line of this file, else of the newest rotated one. */
	private String previousHash() throws IOException {
		if (chain.lastHash == null) {
			List<Path> files = AuditChain.files(folder);
			chain.lastHash = AuditChain.GENESIS;
			for (int i = files.size() - 1; i >= 0 && chain.lastHash.equals(AuditChain.GENESIS); i--) {
				String last = AuditChain.lastLine(files.get(i));
				if (last != null) {
					chain.lastHash = AuditChain.hash(last);
				}
			}
		}
		return chain.lastHash;
	}

	private boolean endsTorn() throws IOException {
		if (!Files.exists(file) || Files.size(file) == 0) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			ByteBuffer last = ByteBuffer.allocate(1);
			channel.read(last, channel.size() - 1);
			return last.get(0) != '\n';
		}
	}

	private void rotateIfFull(int adding) throws IOException {
		if (Files.exists(file) && Files.size(file) > 0 && Files.size(file) + adding > maxBytes) {
			// the lines not yet forced go to disk with the file they are in; later forces reach only the new file
			DurableFiles.moveAside(file, folder.resolve(FILE + "." + (AuditChain.lastRotation(folder) + 1)));
		}
	}

	/**
	 * The result lines, oldest first, for people: intents are left out (each is followed by its result), a line
	 * that is torn or breaks the chain is kept, with {@code problem} set to {@code torn} or {@code broken}.
	 */
	public List<Map<String, Object>> read() throws IOException {
		List<Map<String, Object>> lines = new ArrayList<>();
		for (AuditChain.Entry entry : AuditChain.entries(folder)) {
			if (entry.problem() != null) {
				Map<String, Object> shown = new LinkedHashMap<>(entry.fields() == null ? Map.of() : entry.fields());
				shown.put("problem", entry.problem());
				shown.put("line", entry.file().getFileName() + ":" + entry.line());
				lines.add(shown);
			} else if (!"intent".equals(entry.fields().get("event"))) {
				lines.add(entry.fields());
			}
		}
		return lines;
	}

	/** The host name, once per process. */
	private static final class Host {
		static final String NAME = name();

		private static String name() {
			try {
				return InetAddress.getLocalHost().getHostName();
			} catch (IOException e) {
				return "?";
			}
		}
	}
}
