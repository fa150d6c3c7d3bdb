package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult.Status;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.plan.BatchedRefresh;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.connector.plan.PlanScope;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.test.support.CsvWorkspace;

/**
 * Refresh All read batch by batch: each batch tells what it found as it is read, and all batches together are the
 * plan one read of everything makes (the same entries, the same fingerprints, so apply takes it as reviewed).
 * Cancelled, it returns no plan and tells nothing more.
 */
class BatchedRefreshTest {

	FakeServer server = new FakeServer();
	SessionCredentialStore credentials = new SessionCredentialStore();
	@RegisterExtension
	final CsvWorkspace threeDomains = CsvWorkspace.of(credentials, """
			address,password,quota_mb
			a@abc.jp,pw-a,1024
			b@abc.jp,pw-b,1024
			c@def.jp,pw-c,1024
			d@ghi.jp,pw-d,1024
			""").withDomains("""
			domain,pop3_host,smtp_host
			abc.jp,pop3.hetemail.jp,smtp.hetemail.jp
			def.jp,pop3.hetemail.jp,smtp.hetemail.jp
			ghi.jp,pop3.hetemail.jp,smtp.hetemail.jp
			""");
	MailboxWorkspace workspace;

	@BeforeEach
	void appliedThenChangedOnTheServer() throws Exception {
		workspace = threeDomains.workspace();
		ApplyReport report = new ServerSync(workspace, "fake", server).apply(null, Decisions.none(), credentials,
				new NullProgressMonitor());
		assertEquals(report.results().size(), report.count(Status.DONE), report.results()::toString);
		server.mailboxes.compute("c@def.jp", (k, s) -> s.withQuota(4096)); // a customer's change: drift
		server.mailboxes.put("x@ghi.jp", MailboxState.fresh("x@ghi.jp")); // one the console does not manage
		workspace.findMailbox("a@abc.jp").orElseThrow().setQuotaMb(2048); // and one staff changed
	}

	@Test
	void eachBatchIsToldAsReadAndTogetherTheyAreThePlanOfEverything() throws Exception {
		int before = server.reads.get();
		refreshInBatchesOfOneDomain();
		assertEquals(3, server.reads.get() - before, "a read per batch");
	}

	/** James lists everything at once: read once, the same findings told batch by batch. */
	@Test
	void aServerThatListsEverythingAtOnceIsReadOnceAndTheFindingsStillComeBatchByBatch() throws Exception {
		server.everyDomainAtOnce = true;
		int before = server.reads.get();
		refreshInBatchesOfOneDomain();
		assertEquals(1, server.reads.get() - before, "one read for all three batches");
	}

	private List<BatchedRefresh.Batch> refreshInBatchesOfOneDomain() throws Exception {
		List<BatchedRefresh.Batch> batches = new ArrayList<>();

		Plan plan = new BatchedRefresh(workspace.root(), "fake", server, 1).run(batches::add, new NullProgressMonitor());

		int reads = server.reads.get();
		Plan whole = new ServerSync(workspace, "fake", server).scope(PlanScope.everything()).plan(new NullProgressMonitor());
		server.reads.set(reads); // the comparison's own read is not the refresh's
		assertTrue(plan.isFull());
		assertEquals(whole.modelFingerprint(), plan.modelFingerprint());
		assertEquals(whole.serverFingerprint(), plan.serverFingerprint());
		assertEquals(new HashSet<>(whole.entries()), new HashSet<>(plan.entries()));

		assertEquals(List.of(2, 3, 4), batches.stream().map(BatchedRefresh.Batch::mailboxesRead).toList(),
				"one domain a batch, in name order: abc.jp (2), def.jp, ghi.jp");
		batches.forEach(b -> assertEquals(4, b.mailboxesTotal()));
		assertEquals(Set.of("a@abc.jp"), mailboxesOf(batches.get(0)));
		assertEquals(Set.of("c@def.jp"), mailboxesOf(batches.get(1)));
		assertEquals(Set.of("x@ghi.jp"), mailboxesOf(batches.get(2)), "the unmanaged one with its domain's batch");
		Set<PlanEntry> told = new HashSet<>();
		batches.forEach(b -> told.addAll(b.entries()));
		assertEquals(new HashSet<>(plan.entries()), told, "the batches told every finding of the plan, each once");
		assertEquals(plan.entries().size(), batches.stream().mapToInt(b -> b.entries().size()).sum());
		return batches;
	}

	@Test
	void cancelledAfterTheFirstBatchItTellsNothingMoreAndReturnsNoPlan() throws Exception {
		cancelAfterTheFirstBatch();
	}

	@Test
	void readOnceAndCancelledAfterTheFirstBatchItTellsNothingMoreAndReturnsNoPlan() throws Exception {
		server.everyDomainAtOnce = true;
		cancelAfterTheFirstBatch();
	}

	private void cancelAfterTheFirstBatch() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		List<BatchedRefresh.Batch> batches = new ArrayList<>();

		Plan plan = new BatchedRefresh(workspace.root(), "fake", server, 1).run(batch -> {
			batches.add(batch);
			monitor.setCanceled(true); // Cancel pressed while the first batch was shown
		}, monitor);

		assertNull(plan);
		assertEquals(1, batches.size());
		assertEquals(Set.of("a@abc.jp"), mailboxesOf(batches.get(0)));
	}

	private static Set<String> mailboxesOf(BatchedRefresh.Batch batch) {
		Set<String> mailboxes = new HashSet<>();
		batch.entries().forEach(e -> mailboxes.add(e.mailbox()));
		return mailboxes;
	}
}
