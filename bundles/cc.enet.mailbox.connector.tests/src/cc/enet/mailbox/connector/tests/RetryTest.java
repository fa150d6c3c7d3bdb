package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorException.Kind;
import cc.enet.mailbox.connector.Retry;
import cc.enet.mailbox.test.support.Await;

/** One retry policy per change: read back, retry what is transient, one deadline, and Cancel ends the wait. */
class RetryTest {

	private static final ConnectorException HTTP_500 = new ConnectorException(Kind.REFUSED, "HTTP 500", null, true);

	@Test
	void aWriteTheServerDoesNotKeepIsCaughtAtTheDeadline() {
		AtomicInteger writes = new AtomicInteger();
		long start = System.nanoTime();
		ConnectorException e = assertThrows(ConnectorException.class, () -> Retry.within(Duration.ofMillis(800))
				.verified("create domain abc.jp", writes::incrementAndGet, () -> false)); // answers 204, keeps nothing
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertTrue(e.getMessage().contains("did not keep: create domain abc.jp"), e.getMessage());
		assertTrue(e.getMessage(Locale.JAPANESE).contains("変更を保持していません: create domain abc.jp"),
				e.getMessage(Locale.JAPANESE));
		assertTrue(writes.get() >= 2 && writes.get() <= 6, "a few attempts, not dozens: " + writes);
		assertTrue(millis < 1_500, "within its one deadline: " + millis + " ms");
	}

	@Test
	void aTransientFailureIsAskedAgainAndAPermanentOneIsNot() throws Exception {
		AtomicInteger writes = new AtomicInteger();
		Retry.within(Duration.ofSeconds(5)).verified("set quota", () -> {
			if (writes.incrementAndGet() < 3) {
				throw HTTP_500;
			}
		}, () -> true);
		assertEquals(3, writes.get());

		AtomicInteger refused = new AtomicInteger();
		assertThrows(ConnectorException.class, () -> Retry.within(Duration.ofSeconds(5)).verified("set quota", () -> {
			refused.incrementAndGet();
			throw new ConnectorException(Kind.REFUSED, "HTTP 400");
		}, () -> true));
		assertEquals(1, refused.get(), "a 4xx is not retried");
	}

	@Test
	void aWriteThatCannotBeReadBackIsWrittenOnce() throws Exception {
		AtomicInteger writes = new AtomicInteger();
		Retry.within(Duration.ofSeconds(5)).verified("write the filter script", writes::incrementAndGet, null);
		assertEquals(1, writes.get());
	}

	@Test
	void cancelEndsThePauseAtOnce() throws Exception {
		CompletableFuture<Thread> worker = new CompletableFuture<>();
		CompletableFuture<Long> took = CompletableFuture.supplyAsync(() -> {
			worker.complete(Thread.currentThread());
			long start = System.nanoTime();
			try {
				Retry.within(Duration.ofMinutes(5)).verified("create mailbox", () -> {
					throw HTTP_500;
				}, () -> true);
			} catch (ConnectorException e) {
				assertTrue(e.getMessage().startsWith("cancelled"), e.getMessage());
			}
			return (System.nanoTime() - start) / 1_000_000;
		});
		Thread thread = worker.get(5, TimeUnit.SECONDS);
		Await.pausing(thread, Duration.ofSeconds(5)); // the first attempt failed: it waits before the next
		thread.interrupt(); // what Cancel does to the apply's workers
		assertTrue(took.get(5, TimeUnit.SECONDS) < 2_000, "stops within a pause, not at the five-minute deadline");
	}
}
