package cc.enet.mailbox.connector;

import java.time.Duration;

import cc.enet.mailbox.connector.internal.ConnectorMessages;

/**
 * The one retry policy of a change: write, read back, and again while the failure is transient (a 5xx answer, a
 * write the server did not keep), with growing pauses, until one deadline per change. Nothing below retries on its
 * own, so a change never multiplies into dozens of requests; the pauses end at once when the thread is interrupted
 * (Cancel).
 */
public final class Retry {

	/** Per change; the system property {@code mailbox.apply.deadlineMillis} overrides it. */
	public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(15);
	private static final long FIRST_PAUSE_MILLIS = 100;
	private static final long LONGEST_PAUSE_MILLIS = 2_000;

	/** A request (or requests) that changes the server. */
	@FunctionalInterface
	public interface Write {
		void run() throws ConnectorException;
	}

	/** A read that tells whether the server shows the change. */
	@FunctionalInterface
	public interface ReadBack {
		boolean holds() throws ConnectorException;
	}

	private final long deadlineNanos;

	private Retry(Duration deadline) {
		this.deadlineNanos = System.nanoTime() + deadline.toNanos();
	}

	public static Retry forOneChange() {
		return new Retry(Duration.ofMillis(Long.getLong("mailbox.apply.deadlineMillis", DEFAULT_DEADLINE.toMillis())));
	}

	public static Retry within(Duration deadline) {
		return new Retry(deadline);
	}

	/** Writes until the read-back holds; {@code readBack} null means the server cannot show it (unverified). */
	public void verified(String what, Write write, ReadBack readBack) throws ConnectorException {
		verified(ConnectorText.verbatim(what), write, readBack);
	}

	/** As {@link #verified(String, Write, ReadBack)}, with what is written in every language. */
	public void verified(ConnectorText what, Write write, ReadBack readBack) throws ConnectorException {
		long pause = FIRST_PAUSE_MILLIS;
		while (true) {
			ConnectorException failure;
			try {
				write.run();
				if (readBack == null || readBack.holds()) {
					return;
				}
				failure = new ConnectorException(ConnectorException.Kind.REFUSED,
						ConnectorMessages.text("retry.notKept", what), null, true);
			} catch (ConnectorException e) {
				if (!e.isTransient()) {
					throw e;
				}
				failure = e;
			}
			pause = pauseOrGiveUp(pause, failure);
		}
	}

	/** A read, asked again while its failure is transient. */
	public <T> T read(Read<T> read) throws ConnectorException {
		long pause = FIRST_PAUSE_MILLIS;
		while (true) {
			try {
				return read.get();
			} catch (ConnectorException e) {
				if (!e.isTransient()) {
					throw e;
				}
				pause = pauseOrGiveUp(pause, e);
			}
		}
	}

	@FunctionalInterface
	public interface Read<T> {
		T get() throws ConnectorException;
	}

	private long pauseOrGiveUp(long pause, ConnectorException failure) throws ConnectorException {
		long left = deadlineNanos - System.nanoTime();
		if (left <= pause * 1_000_000L) {
			throw failure;
		}
		try {
			Thread.sleep(pause);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(ConnectorException.Kind.REFUSED, ConnectorMessages.text("retry.cancelled", failure.text()), e);
		}
		return Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
	}
}
