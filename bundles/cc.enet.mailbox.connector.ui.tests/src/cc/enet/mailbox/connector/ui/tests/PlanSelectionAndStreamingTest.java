package cc.enet.mailbox.connector.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.connector.plan.BatchedRefresh;
import cc.enet.mailbox.connector.ui.review.ReviewMessages;
import cc.enet.mailbox.test.support.ConsoleHome;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.MailboxTableBot;
import cc.enet.mailbox.ui.tests.bots.ReviewViewBot;
import cc.enet.mailbox.ui.tests.bots.ReviewViewBot.Row;
import cc.enet.mailbox.ui.tests.bots.Screenshots;
import cc.enet.mailbox.ui.text.Counted;

/**
 * Review Changes reads what staff add to the plan (mailboxes in the table, a customer in the navigator) besides what
 * they changed, and Refresh All shows its findings batch by batch, with Cancel keeping what arrived. The server is
 * an in-memory one registered as a connector service, as in {@link ReviewChangesAtScaleTest}: it can hold a read,
 * so the test sees the review between two batches.
 */
class PlanSelectionAndStreamingTest {

	@RegisterExtension
	static final ConsoleHome HOME = new ConsoleHome();

	private static final MemoryServer server = new MemoryServer();

	@RegisterExtension
	static final ServedConnector SERVED = new ServedConnector("memory-stream", server);

	@AfterEach
	void emptyTheServer() {
		server.release();
		server.clear();
	}

	@Test
	void mailboxesAndACustomerAddedToThePlanAreReadThoughStaffDidNotChangeThem() throws Exception {
		Path ws = workspace("added", 2, 3);
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(ws);
		ReviewViewBot review = console.review().selectServer("memory");
		review.pressPlan().waitUntilIdle();
		review.pressApply().waitUntilIdle();
		review.pressPlan().waitUntilIdle();
		assertEquals(List.of(), review.rows(), "everything applied: nothing to show");

		// customers change two mailboxes in webmail: a plan of what staff changed does not read them
		server.change("u001@d000.added.test", "Changed in webmail");
		server.change("u002@d001.added.test", "Also changed");
		review.pressPlan().waitUntilIdle();
		assertEquals(List.of(), review.rows());

		MailboxTableBot table = console.navigator().open("d000.added.test");
		table.select("u001@d000.added.test");
		Screenshots.take("add-to-plan-menu");
		review.expectJob();
		table.clickMenu(MailboxTableBot.menuLabel("command.addToPlan"));
		review.waitUntilIdle();

		assertEquals(Set.of("u001@d000.added.test"), review.addedToPlan());
		assertEquals(Set.of("u001@d000.added.test"), places(review.rows()), review.rows().toString());
		assertTrue(review.status().contains(Counted.bind(ReviewMessages.Review_scopeAdded, 1)), review.status());
		Screenshots.take("added-to-plan");

		review.expectJob();
		console.navigator().contextMenu("Customer 1", MailboxTableBot.menuLabel("command.addToPlan"));
		review.waitUntilIdle();

		assertEquals(4, review.addedToPlan().size(), review.addedToPlan().toString());
		assertEquals(Set.of("u001@d000.added.test", "u002@d001.added.test"), places(review.rows()), review.rows().toString());
		review.pressPlan().waitUntilIdle();
		assertEquals(Set.of("u001@d000.added.test", "u002@d001.added.test"), places(review.rows()),
				"Plan keeps reading what was added");
	}

	@Test
	void refreshAllShowsEachBatchAsItComesAndCancelKeepsWhatArrived() throws Exception {
		int perDomain = BatchedRefresh.MAILBOXES_PER_BATCH;
		Path ws = workspace("stream", 3, perDomain);
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(ws);
		ReviewViewBot review = console.review().selectServer("memory");

		server.holdAfter(1); // the first batch is read, the second waits
		review.pressRefreshAll();
		server.awaitHeld();
		review.waitForRows(perDomain);
		assertEquals(List.of("d000.stream.test"), review.domains(), "the first batch is shown while the rest is read");
		Screenshots.take("refresh-all-streaming");
		String progress = review.status();
		assertTrue(progress.contains(Counted.bind(ReviewMessages.Review_refreshProgress,
				new Object[] { "memory", perDomain, 3 * perDomain, review.rows().size() })), progress);

		review.pressCancel();
		server.release();
		review.waitUntilIdle();

		int kept = review.rows().size();
		assertTrue(kept >= perDomain, "Cancel keeps what arrived: " + kept);
		assertEquals(List.of("d000.stream.test"), review.domains());
		assertEquals(Counted.bind(ReviewMessages.Review_refreshCancelled,
				new Object[] { "memory", kept, ReviewMessages.Review_neverRefreshed }), review.status());
		assertFalse(review.isApplyEnabled(), "a part of a refresh is no plan to apply");
		Screenshots.take("refresh-all-cancelled");

		review.pressRefreshAll().waitUntilIdle();

		assertEquals(List.of("d000.stream.test", "d001.stream.test", "d002.stream.test"), review.domains());
		String status = review.status();
		String never = NLS.bind(ReviewMessages.Review_scopeAll, ReviewMessages.Review_neverRefreshed);
		String readAll = ReviewMessages.Review_scopeAll.substring(0, ReviewMessages.Review_scopeAll.indexOf('{'));
		assertTrue(status.startsWith(readAll) && !status.contains(never), "the time of this refresh is shown: " + status);
		assertTrue(review.isApplyEnabled());
		assertTrue(server.reads() >= 3 + 1, "read in batches: " + server.reads());
	}

	private static Set<String> places(List<Row> rows) {
		Set<String> places = new HashSet<>();
		rows.forEach(r -> places.add(r.place()));
		return places;
	}

	/** A workspace of {@code domains} customers of one domain each, their passwords in the real secure storage. */
	private static Path workspace(String name, int domains, int perDomain) throws Exception {
		return MemoryWorkspaces.create(HOME.folder(), name, "memory-stream", domains, perDomain);
	}

	/** A server in memory that reads only the domains asked for and can hold a read until the test releases it. */
	static final class MemoryServer implements Connector {
		private final Set<String> domains = Collections.synchronizedSet(new HashSet<>());
		private final Map<String, MailboxState> mailboxes = Collections.synchronizedMap(new HashMap<>());
		private final List<Set<String>> readsAsked = Collections.synchronizedList(new ArrayList<>());
		private volatile int holdAfter = Integer.MAX_VALUE;
		private volatile CountDownLatch held = new CountDownLatch(1);
		private volatile CountDownLatch release = new CountDownLatch(0);

		void holdAfter(int reads) {
			readsAsked.clear();
			held = new CountDownLatch(1);
			release = new CountDownLatch(1);
			holdAfter = reads;
		}

		void awaitHeld() throws InterruptedException {
			assertTrue(held.await(60, TimeUnit.SECONDS), "the refresh reached its second batch");
		}

		void release() {
			holdAfter = Integer.MAX_VALUE;
			release.countDown();
		}

		int reads() {
			return readsAsked.size();
		}

		void clear() {
			domains.clear();
			mailboxes.clear();
			readsAsked.clear();
		}

		void change(String address, String displayName) {
			mailboxes.compute(address, (k, s) -> s.with(Field.DISPLAY_NAME, displayName));
		}

		@Override
		public Capabilities capabilities() {
			return new Capabilities(EnumSet.allOf(Field.class), EnumSet.allOf(Field.class), 4);
		}

		@Override
		public ServerSnapshot read(Set<String> wanted, IProgressMonitor monitor) {
			readsAsked.add(Set.copyOf(wanted));
			if (readsAsked.size() > holdAfter) {
				held.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			synchronized (mailboxes) {
				Map<String, MailboxState> found = new HashMap<>();
				mailboxes.forEach((address, state) -> {
					if (wanted.isEmpty() || wanted.contains(address.substring(address.indexOf('@') + 1))) {
						found.put(address, state);
					}
				});
				return new ServerSnapshot(new HashSet<>(domains), found);
			}
		}

		@Override
		public void apply(Change change, char[] password) {
			switch (change) {
			case Change.CreateDomain d -> domains.add(d.domain());
			case Change.CreateMailbox m -> mailboxes.put(m.mailbox(), MailboxState.fresh(m.mailbox()));
			default -> mailboxes.compute(change.mailbox(), (k, s) -> s.with(change.field(), change.value()));
			}
		}

		@Override
		public void close() {
			// kept for the next opening: the same server
		}
	}
}
