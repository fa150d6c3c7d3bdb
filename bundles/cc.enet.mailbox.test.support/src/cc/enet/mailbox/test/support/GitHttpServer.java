package cc.enet.mailbox.test.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real Git remote on loopback for the team tests: git's own {@code git http-backend} (Debian's git) run as a CGI
 * program per request behind this small HTTP/1.1 front, with Basic authentication. The front only moves bytes; the
 * repositories, the protocol and the hooks are git's. {@link #kill()} ends the front and every git process it
 * started at once, as a crashed server would.
 */
public final class GitHttpServer implements AutoCloseable {

	private final Path root;
	private final int port;
	private final String user;
	private final byte[] passwordHash;
	private final Set<Socket> open = ConcurrentHashMap.newKeySet();
	private final Set<Process> running = ConcurrentHashMap.newKeySet();
	private ServerSocket listener;

	/** @param root the folder holding the bare repositories (GIT_PROJECT_ROOT) */
	public GitHttpServer(Path root, int port, String user, char[] password) {
		this.root = root;
		this.port = port;
		this.user = user;
		this.passwordHash = sha256(user + ":" + new String(password));
	}

	public GitHttpServer start() throws IOException {
		Files.createDirectories(root);
		listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
		Thread accepting = new Thread(this::accept, "git-http-" + port);
		accepting.setDaemon(true);
		accepting.start();
		return this;
	}

	public String url(String repository) {
		return "http://127.0.0.1:" + port + "/" + repository;
	}

	/** A new, empty bare repository on branch main that takes pushes. */
	public Path createRepository(String name) throws IOException, InterruptedException {
		Path repository = root.resolve(name);
		git(root, "init", "--quiet", "--bare", "--initial-branch=main", repository.toString());
		git(repository, "config", "http.receivepack", "true");
		return repository;
	}

	/** Runs git in {@code directory}; its output, or an IOException naming the failure. */
	public static String git(Path directory, String... args) throws IOException, InterruptedException {
		String[] command = new String[args.length + 1];
		command[0] = "git";
		System.arraycopy(args, 0, command, 1, args.length);
		return ServerScript.run(directory, Map.of(), command);
	}

	/**
	 * Makes the next push to {@code repository} stop inside git, after the pack arrived and before any branch moves:
	 * its pre-receive hook creates {@code marker} and waits, so a test can {@link #kill()} the server right then.
	 */
	public static void holdPushes(Path repository, Path marker) throws IOException {
		Path hook = repository.resolve("hooks").resolve("pre-receive");
		Files.createDirectories(hook.getParent());
		Files.writeString(hook, "#!/bin/sh\ncat >/dev/null\ntouch '" + marker + "'\nsleep 300\n");
		Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	/**
	 * Makes pushes to {@code repository} wait inside git (pre-receive) until {@code count} of them have arrived, then
	 * lets them all go on at once: they race for the branch as staff pushing at the same moment would.
	 */
	public static void meetPushes(Path repository, Path folder, int count) throws IOException {
		Files.createDirectories(folder);
		Path hook = repository.resolve("hooks").resolve("pre-receive");
		Files.createDirectories(hook.getParent());
		Files.writeString(hook, "#!/bin/sh\ncat >/dev/null\ntouch '" + folder + "'/arrived.$$\n"
				+ "while [ $(ls '" + folder + "' | wc -l) -lt " + count + " ]; do sleep 0.1; done\n");
		Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	public static void releasePushes(Path repository) throws IOException {
		Files.deleteIfExists(repository.resolve("hooks").resolve("pre-receive"));
	}

	/** Stops at once: the listening socket, every connection and every git process (with its hooks) die. */
	public void kill() {
		try {
			if (listener != null) {
				listener.close();
			}
		} catch (IOException ignored) {
			// closing is all that is asked
		}
		for (Process process : running) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		for (Socket socket : open) {
			try {
				socket.close();
			} catch (IOException ignored) {
				// already gone
			}
		}
	}

	@Override
	public void close() {
		kill();
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket socket = listener.accept();
				open.add(socket);
				Thread serving = new Thread(() -> serve(socket), "git-http-" + port + "-request");
				serving.setDaemon(true);
				serving.start();
			} catch (IOException e) {
				return; // closed
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			InputStream in = new BufferedInputStream(socket.getInputStream());
			OutputStream out = socket.getOutputStream();
			String[] requestLine = line(in).split(" ");
			Map<String, String> headers = new LinkedHashMap<>();
			for (String header = line(in); !header.isEmpty(); header = line(in)) {
				int colon = header.indexOf(':');
				headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
			}
			if (!authorized(headers.get("authorization"))) {
				out.write(("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"team\"\r\nContent-Length: 0\r\n"
						+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				return;
			}
			if ("100-continue".equalsIgnoreCase(headers.get("expect"))) {
				out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			byte[] body = body(in, headers);
			respond(requestLine[0], requestLine[1], headers, body, out);
		} catch (IOException | RuntimeException e) {
			// a killed server or a client that went away: the connection simply ends
		} finally {
			open.remove(socket);
		}
	}

	private void respond(String method, String target, Map<String, String> headers, byte[] body, OutputStream out)
			throws IOException {
		int query = target.indexOf('?');
		ProcessBuilder builder = new ProcessBuilder("git", "http-backend");
		Map<String, String> env = builder.environment();
		env.put("GIT_PROJECT_ROOT", root.toString());
		env.put("GIT_HTTP_EXPORT_ALL", "1");
		env.put("REQUEST_METHOD", method);
		env.put("PATH_INFO", query < 0 ? target : target.substring(0, query));
		env.put("QUERY_STRING", query < 0 ? "" : target.substring(query + 1));
		env.put("REMOTE_USER", user);
		env.put("REMOTE_ADDR", "127.0.0.1");
		env.put("GATEWAY_INTERFACE", "CGI/1.1");
		env.put("SERVER_PROTOCOL", "HTTP/1.1");
		env.put("CONTENT_LENGTH", String.valueOf(body.length));
		if (headers.containsKey("content-type")) {
			env.put("CONTENT_TYPE", headers.get("content-type"));
		}
		headers.forEach((name, value) -> {
			if (!name.equals("authorization")) {
				env.put("HTTP_" + name.toUpperCase(Locale.ROOT).replace('-', '_'), value);
			}
		});
		builder.redirectError(ProcessBuilder.Redirect.appendTo(root.resolve("http-backend.log").toFile()));
		Process process = builder.start();
		running.add(process);
		try {
			try (OutputStream stdin = process.getOutputStream()) {
				stdin.write(body);
			}
			InputStream cgi = new BufferedInputStream(process.getInputStream());
			StringBuilder head = new StringBuilder();
			String status = "200 OK";
			for (String header = line(cgi); !header.isEmpty(); header = line(cgi)) {
				if (header.regionMatches(true, 0, "Status:", 0, 7)) {
					status = header.substring(7).strip();
				} else {
					head.append(header).append("\r\n");
				}
			}
			out.write(("HTTP/1.1 " + status + "\r\n" + head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			cgi.transferTo(out);
			out.flush();
			process.waitFor();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			running.remove(process);
			process.destroyForcibly();
		}
	}

	private boolean authorized(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
		return MessageDigest.isEqual(passwordHash, sha256(pair));
	}

	private static byte[] body(InputStream in, Map<String, String> headers) throws IOException {
		if (headers.containsKey("content-length")) {
			return in.readNBytes(Integer.parseInt(headers.get("content-length")));
		}
		if (!"chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			return new byte[0];
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
				size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
			body.write(in.readNBytes(size));
			line(in);
		}
		for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
			// trailers carry nothing git needs
		}
		return body.toByteArray();
	}

	/** One line without its CR LF (or LF); an IOException at the end of the stream. */
	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("connection ended");
			}
			if (c != '\r') {
				line.write(c);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
