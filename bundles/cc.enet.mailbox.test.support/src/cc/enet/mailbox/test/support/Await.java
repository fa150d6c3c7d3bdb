package cc.enet.mailbox.test.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waiting for something another thread or process does (a delivery, a log line, a thread that parks), instead of a
 * sleep sized to today's machine: the condition is asked again after a pause that grows from 10 ms to 250 ms, and the
 * wait fails naming what did not happen. A probe that throws counts as "not yet"; its last exception becomes the cause.
 */
public final class Await {

	private static final long FIRST_PAUSE_MILLIS = 10;
	private static final long LONGEST_PAUSE_MILLIS = 250;

	private Await() {
	}

	/** Waits until {@code condition} holds, at most {@code within}. */
	public static void until(String what, Duration within, Callable<Boolean> condition) {
		value(what, within, condition, Boolean.TRUE::equals);
	}

	/** Asks {@code probe} until its answer satisfies {@code done}, at most {@code within}; returns that answer. */
	public static <T> T value(String what, Duration within, Callable<T> probe, Predicate<? super T> done) {
		long deadline = System.nanoTime() + within.toNanos();
		long pause = FIRST_PAUSE_MILLIS;
		T last = null;
		Exception failure = null;
		while (true) {
			try {
				last = probe.call();
				failure = null;
				if (done.test(last)) {
					return last;
				}
			} catch (Exception e) {
				failure = e;
			}
			if (System.nanoTime() - deadline >= 0) {
				throw new AssertionError("waited " + within.toMillis() + " ms for " + what + "; last seen: " + last, failure);
			}
			try {
				Thread.sleep(pause);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for " + what, e);
			}
			pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
		}
	}

	/** Waits until {@code thread} is parked or sleeping with a timeout (a retry's pause, a lock's wait). */
	public static void pausing(Thread thread, Duration within) {
		until(thread.getName() + " to pause", within, () -> thread.getState() == Thread.State.TIMED_WAITING);
	}
}
