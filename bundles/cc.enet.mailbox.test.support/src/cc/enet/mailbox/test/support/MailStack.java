package cc.enet.mailbox.test.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxFactory;

/**
 * The real mail stack (Postfix, Dovecot, PostgreSQL, ClamAV, the spam filter) on loopback high ports, started and
 * stopped through the script the demo uses (releng/mailstack/mailstack, as root). Its folder is short and fixed
 * (socket paths are limited; the PostgreSQL template it keeps makes the next run start faster).
 */
public final class MailStack {

	private final ServerScript script = new ServerScript("releng/mailstack/mailstack");
	private final Path dir;
	private final int portBase;
	private Map<String, String> env = Map.of();

	public MailStack(int portBase) {
		this(portBase, Path.of("/tmp/mailbox-dovecot-" + portBase + "-" + checkout()));
	}

	/**
	 * A short tag of this checkout: workers in other worktrees run the same tests at the same time (each in a network
	 * namespace of its own, so the same ports), and must not share a stack's folder.
	 */
	private static String checkout() {
		String root = Path.of(System.getProperty("mailbox.repo.root", "../..")).toAbsolutePath().normalize().toString();
		return HexFormat.of().formatHex(ByteBuffer.allocate(4).putInt(root.hashCode()).array());
	}

	/** A stack in a folder of its own (short: socket paths are limited). */
	public MailStack(int portBase, Path dir) {
		this.dir = dir;
		this.portBase = portBase;
	}

	/** The folder the stack runs in (its configuration, logs and ports.env). */
	public Path dir() {
		return dir;
	}

	public MailStack start() throws IOException, InterruptedException {
		script.run("start", dir.toString(), String.valueOf(portBase));
		env = ServerScript.readPorts(dir.resolve("ports.env"));
		return this;
	}

	public void stop() throws IOException, InterruptedException {
		script.run("stop", dir.toString());
	}

	/**
	 * Empties the running stack as a fresh start leaves it (rows, mail, Sieve scripts, queue, Dovecot's login
	 * penalty), keeping its ports, secrets and certificate: for a stack shared by several test classes.
	 */
	public void reset() throws IOException, InterruptedException {
		script.run("reset", dir.toString());
	}

	/** Kills a daemon of the stack ("postgres", "dovecot", ...) and every process it started, with SIGKILL: a crash. */
	public void kill(String daemon) throws IOException, InterruptedException {
		String[] pidAndStart = Files.readString(dir.resolve("run/" + daemon + ".proc")).strip().split(" ");
		ProcessHandle main = ProcessHandle.of(Long.parseLong(pidAndStart[0]))
				.orElseThrow(() -> new IOException(daemon + " of " + dir + " is not running"));
		// stopped first, so that it starts no process between the listing below and its death: one started then
		// would outlive it, holding the daemon's listening sockets, and take the connections meant for its successor
		run(null, "kill", "-STOP", String.valueOf(main.pid()));
		List<ProcessHandle> all = new ArrayList<>(main.descendants().toList());
		all.add(0, main);
		all.forEach(ProcessHandle::destroyForcibly); // SIGKILL: nothing gets to clean up
		for (ProcessHandle process : all) {
			process.onExit().join();
		}
	}

	/** Starts again the daemons that died (see {@link #kill}) on the data they left: nothing is wiped. */
	public void revive() throws IOException, InterruptedException {
		script.run("revive", dir.toString());
	}

	/** The processes of a daemon: its main process and all it started (to stop or continue them with a signal). */
	public List<Long> pids(String daemon) throws IOException {
		long main = Long.parseLong(Files.readString(dir.resolve("run/" + daemon + ".proc")).strip().split(" ")[0]);
		List<Long> pids = new ArrayList<>(List.of(main));
		ProcessHandle.of(main).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
		return pids;
	}

	public int portBase() {
		return portBase;
	}

	/** A value of the stack's ports.env (HOST, SMTPS_PORT, JDBC_URL, PG_USER, SERVER_ADD_ARGS, ...). */
	public String get(String key) {
		return env.get(key);
	}

	public int port(String key) {
		return Integer.parseInt(env.get(key));
	}

	/** One of SERVER_SECRETS: DEFAULT (the database's), MANAGESIEVE, DOVEADM. */
	public String secret(String key) {
		for (String part : env.get("SERVER_SECRETS").split(" ")) {
			if (part.startsWith(key + "=")) {
				return part.substring(key.length() + 1);
			}
		}
		throw new IllegalStateException("no secret " + key);
	}

	/** SERVER_SECRETS as one string ("DEFAULT=... MANAGESIEVE=... DOVEADM=..."), which the connector splits. */
	public char[] serverSecrets() {
		return get("SERVER_SECRETS").toCharArray();
	}

	/** The arguments after {@code ./mailbox server add WS NAME} that point a workspace at this stack. */
	public String[] serverAddArgs() {
		return get("SERVER_ADD_ARGS").split(" ");
	}

	/** The server as {@code ./mailbox server add WS NAME SERVER_ADD_ARGS} describes it. */
	public MailServer server(String name) {
		String[] args = serverAddArgs();
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

	/** Runs a command (e.g. doveadm) and returns its output; a non-zero exit is an IOException. */
	public static String run(Path directory, String... command) throws IOException, InterruptedException {
		return ServerScript.run(directory, Map.of(), command);
	}
}
