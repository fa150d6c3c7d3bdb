package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult.Status;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.ServerSync.Refused;
import cc.enet.mailbox.connector.apply.ServerSync.Reviewed;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.connector.plan.PlanScope;
import cc.enet.mailbox.connector.plan.ServerLoops;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.test.support.CsvWorkspace;

/**
 * A plan of what staff changed reads only those mailboxes; drift elsewhere waits for a full refresh and is never
 * overwritten meanwhile; apply reads again what it changes; a loop through the server's own forwarding is still seen.
 */
class PartialPlanTest {

	FakeServer server = new FakeServer();
	SessionCredentialStore credentials = new SessionCredentialStore();
	/** Each with a quota of its own: the console manages it, and a customer's change is drift. */
	@RegisterExtension
	final CsvWorkspace threeMailboxes = CsvWorkspace.of(credentials, """
			address,password,quota_mb
			a@abc.jp,pw-a,1024
			b@abc.jp,pw-b,1024
			c@abc.jp,pw-c,1024
			""").withDomains("""
			domain,pop3_host,smtp_host
			abc.jp,pop3.hetemail.jp,smtp.hetemail.jp
			""");
	MailboxWorkspace workspace;

	@BeforeEach
	void threeMailboxesApplied() throws Exception {
		workspace = threeMailboxes.workspace();
		Plan first = sync().plan(new NullProgressMonitor());
		assertEquals(Set.of("a@abc.jp", "b@abc.jp", "c@abc.jp"), first.scope(), "never applied: every mailbox is pending");
		ApplyReport report = sync().apply(null, Decisions.none(), credentials, new NullProgressMonitor());
		assertEquals(report.results().size(), report.count(Status.DONE), report.results()::toString);
	}

	private ServerSync sync() {
		return new ServerSync(workspace, "fake", server);
	}

	private Mailbox mailbox(String address) {
		return workspace.findMailbox(address).orElseThrow();
	}

	private void customerSetsQuota(String address, int quotaMb) {
		server.mailboxes.compute(address, (k, s) -> s.withQuota(quotaMb));
	}

	@Test
	void afterAnApplyNothingIsReadAndAnEditReadsThatMailboxAlone() throws Exception {
		Plan idle = sync().plan(new NullProgressMonitor());
		assertEquals(Set.of(), idle.scope());
		assertEquals(Set.of(), idle.snapshot().mailboxes().keySet(), "no mailbox read");
		assertEquals(List.of(), idle.entries());

		mailbox("b@abc.jp").setQuotaMb(mailbox("b@abc.jp").getQuotaMb() + 100);
		Plan edited = sync().plan(new NullProgressMonitor());
		assertEquals(Set.of("b@abc.jp"), edited.snapshot().mailboxes().keySet());
		assertEquals(List.of("b@abc.jp|" + Field.QUOTA), edited.entries().stream().map(e -> e.mailbox() + "|" + e.field()).toList());

		Plan chosen = sync().scope(PlanScope.changed(List.of("C@abc.jp"))).plan(new NullProgressMonitor());
		assertEquals(Set.of("b@abc.jp", "c@abc.jp"), chosen.snapshot().mailboxes().keySet(), "a chosen mailbox is read too");
	}

	@Test
	void driftOnAnUntouchedMailboxShowsOnRefreshAndIsNeverOverwrittenByAnApplyOfOtherEdits() throws Exception {
		customerSetsQuota("c@abc.jp", 777);
		mailbox("a@abc.jp").setQuotaMb(mailbox("a@abc.jp").getQuotaMb() + 100);
		assertTrue(sync().plan(new NullProgressMonitor()).conflicts().isEmpty(), "c is not read");
		List<PlanEntry> drift = sync().scope(PlanScope.everything()).plan(new NullProgressMonitor()).conflicts();
		assertEquals(List.of("c@abc.jp"), drift.stream().map(PlanEntry::mailbox).toList());

		ApplyReport report = sync().apply(null, new Decisions(Decisions.Take.MINE), credentials, new NullProgressMonitor());
		assertEquals(1, report.count(Status.DONE), report.results()::toString);
		assertEquals(777, server.mailboxes.get("c@abc.jp").get(Field.QUOTA), "the customer's value stays");
		assertEquals(mailbox("a@abc.jp").getQuotaMb(), server.mailboxes.get("a@abc.jp").get(Field.QUOTA));
		assertEquals(1, sync().scope(PlanScope.everything()).plan(new NullProgressMonitor()).conflicts().size(),
				"c's base was not moved by an apply that did not read it");
	}

	@Test
	void aReviewedPartialPlanIsAppliedOnlyWhileItsMailboxesAreAsReviewed() throws Exception {
		mailbox("a@abc.jp").setQuotaMb(mailbox("a@abc.jp").getQuotaMb() + 100);
		Plan reviewed = sync().plan(new NullProgressMonitor());
		customerSetsQuota("a@abc.jp", 555);
		assertEquals(Refused.Reason.SERVER_CHANGED, assertThrows(Refused.class,
				() -> sync().apply(Reviewed.of(reviewed), Decisions.none(), credentials, new NullProgressMonitor())).reason());
		assertEquals(555, server.mailboxes.get("a@abc.jp").get(Field.QUOTA), "nothing written over the customer's change");

		Plan again = sync().plan(new NullProgressMonitor());
		customerSetsQuota("b@abc.jp", 333); // a mailbox the plan neither read nor changes
		ApplyReport report = sync().apply(Reviewed.of(again), new Decisions(Decisions.Take.MINE), credentials,
				new NullProgressMonitor());
		assertEquals(1, report.count(Status.DONE), report.results()::toString);
		assertEquals(333, server.mailboxes.get("b@abc.jp").get(Field.QUOTA));
	}

	@Test
	void anEditOfAnotherMailboxAfterTheReviewWaitsForTheNextPlan() throws Exception {
		int quota = mailbox("a@abc.jp").getQuotaMb() + 100;
		mailbox("a@abc.jp").setQuotaMb(quota);
		Plan reviewed = sync().plan(new NullProgressMonitor());
		mailbox("b@abc.jp").setQuotaMb(mailbox("b@abc.jp").getQuotaMb() + 200);
		ApplyReport report = sync().apply(Reviewed.of(reviewed), Decisions.none(), credentials, new NullProgressMonitor());
		assertEquals(1, report.count(Status.DONE), report.results()::toString);
		assertEquals(quota, server.mailboxes.get("a@abc.jp").get(Field.QUOTA));
		assertEquals(Set.of("b@abc.jp"), sync().plan(new NullProgressMonitor()).scope(), "b is still to be applied");

		mailbox("b@abc.jp").setQuotaMb(mailbox("b@abc.jp").getQuotaMb() + 1);
		Plan again = sync().plan(new NullProgressMonitor());
		mailbox("b@abc.jp").setQuotaMb(mailbox("b@abc.jp").getQuotaMb() + 1); // the reviewed mailbox itself
		assertEquals(Refused.Reason.MODEL_CHANGED, assertThrows(Refused.class,
				() -> sync().apply(Reviewed.of(again), Decisions.none(), credentials, new NullProgressMonitor())).reason());
	}

	@Test
	void aLoopThroughForwardingOnlyTheServerHoldsIsSeenWithoutAFullRead() throws Exception {
		// a mailbox the console does not manage forwards to a on the server; staff now forward a to it
		server.mailboxes.put("x@abc.jp", new MailboxState("x@abc.jp", 10,
				new MailboxState.Forwarding(List.of("a@abc.jp"), false), null).with(Field.ACCOUNT, true));
		MailboxModels.forwarding(mailbox("a@abc.jp")).getTargets().add("x@abc.jp");
		Plan plan = sync().plan(new NullProgressMonitor());
		assertEquals(Set.of("a@abc.jp"), plan.scope());
		assertTrue(plan.snapshot().mailboxes().containsKey("x@abc.jp"), "the forwarding was followed");
		assertFalse(ServerLoops.of(workspace.root(), plan).isEmpty());
		assertEquals(Refused.Reason.SERVER_LOOPS, assertThrows(Refused.class,
				() -> sync().apply(null, Decisions.none(), credentials, new NullProgressMonitor())).reason());
	}
}
