package cc.enet.mailbox.core.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

/**
 * The one writer of a workspace folder: an OS file lock on {@code .lock}, held by the console for its session and
 * by every command that writes. The lock covers a byte far beyond the file's end, so the holder's description in
 * the file stays readable by whoever waits (Windows forbids reading a locked range). The OS drops the lock when the
 * holder dies, so a crash never leaves a workspace locked.
 */
public final class WorkspaceLock implements AutoCloseable {

	public static final String FILE = ".lock";
	/** Seconds a second writer waits (system property, then environment); default {@link #DEFAULT_WAIT}. */
	public static final String WAIT_PROPERTY = "mailbox.lock.wait";
	public static final String WAIT_VARIABLE = "MAILBOX_LOCK_WAIT";
	static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);
	private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

	private final Path folder;
	private final FileChannel channel;
	private final FileLock lock;

	private WorkspaceLock(Path folder, FileChannel channel, FileLock lock) {
		this.folder = folder;
		this.channel = channel;
		this.lock = lock;
	}

	/** Takes the lock, waiting the configured time; {@code purpose} (e.g. "mailbox import") is shown to others. */
	public static WorkspaceLock acquire(Path folder, String purpose) throws WorkspaceException {
		return acquire(folder, purpose, configuredWait());
	}

	public static WorkspaceLock acquire(Path folder, String purpose, Duration wait) throws WorkspaceException {
		Path absolute = folder.toAbsolutePath().normalize();
		Path file = absolute.resolve(FILE);
		long deadline = System.nanoTime() + wait.toNanos();
		try {
			Files.createDirectories(absolute);
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			try {
				while (true) {
					FileLock lock = tryLock(channel);
					if (lock != null) {
						describeHolder(channel, purpose);
						TempFiles.deleteStale(absolute); // no other writer can be half-way through a save now
						return new WorkspaceLock(absolute, channel, lock);
					}
					if (System.nanoTime() >= deadline) {
						throw new WorkspaceLockedException(file, holder(file));
					}
					Thread.sleep(100);
				}
			} catch (WorkspaceException | IOException | RuntimeException e) {
				channel.close();
				throw e;
			} catch (InterruptedException e) {
				channel.close();
				Thread.currentThread().interrupt();
				throw new WorkspaceLockedException(file, holder(file));
			}
		} catch (IOException e) {
			throw new WorkspaceException(file, 0, "cannot lock the workspace: " + e.getMessage(), e);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock(LOCKED_BYTE, 1, false);
		} catch (OverlappingFileLockException sameProcess) {
			return null; // held by this process, e.g. the console while its shell runs a command
		}
	}

	private static void describeHolder(FileChannel channel, String purpose) throws IOException {
		String text = "user=" + System.getProperty("user.name") + "\nhost=" + hostName() + "\npid="
				+ ProcessHandle.current().pid() + "\nsince=" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
				+ "\npurpose=" + purpose + "\n";
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
		channel.force(false);
	}

	static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return String.valueOf(System.getenv("HOSTNAME"));
		}
	}

	/** What the holder wrote about itself. */
	static Holder holder(Path file) {
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException | IllegalArgumentException e) {
			// unreadable: the holder stays unknown, the refusal stands
		}
		return new Holder(properties.getProperty("user", "?"), properties.getProperty("host", "?"),
				properties.getProperty("pid", "?"), properties.getProperty("since", "?"),
				properties.getProperty("purpose", "?"));
	}

	static Duration configuredWait() {
		String value = System.getProperty(WAIT_PROPERTY, System.getenv(WAIT_VARIABLE));
		if (value == null || value.isBlank()) {
			return DEFAULT_WAIT;
		}
		try {
			return Duration.ofMillis((long) (Double.parseDouble(value.strip()) * 1000));
		} catch (NumberFormatException e) {
			return DEFAULT_WAIT;
		}
	}

	public Path folder() {
		return folder;
	}

	@Override
	public void close() {
		try {
			lock.release();
		} catch (IOException e) {
			// closing the channel below releases it too
		}
		try {
			channel.close();
		} catch (IOException e) {
			// nothing left to do: the OS drops the lock with the handle
		}
	}

	/** Who holds a workspace: OS user, host, process id, since when and for what. */
	public record Holder(String user, String host, String pid, String since, String purpose) {
		@Override
		public String toString() {
			return user + "@" + host + ", process " + pid + " (" + purpose + ") since " + since;
		}
	}
}
