package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult.Status;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.apply.ServerSync.Refused;
import cc.enet.mailbox.connector.apply.ServerSync.Reviewed;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;

/** The one path from a plan to saved base states: what it refuses (writing nothing) and what it saves. */
class ServerSyncTest {

	@TempDir
	Path dir;
	MailboxWorkspace workspace;
	FakeServer server = new FakeServer();
	SessionCredentialStore credentials = new SessionCredentialStore();
	Domain domain;

	@BeforeEach
	void aDomainWithTwoMailboxes() throws Exception {
		workspace = WorkspaceStore.create(dir.resolve("ws"), "test");
		var customer = MailboxModels.newCustomer("abc", "abc.jp");
		domain = MailboxModels.newDomain("abc.jp");
		customer.getDomains().add(domain);
		workspace.root().getCustomers().add(customer);
		for (String user : List.of("a", "b")) {
			domain.getMailboxes().add(MailboxModels.newMailbox(domain, user + "@abc.jp"));
			MailboxPasswords.of(credentials, workspace.folder()).store(user + "@abc.jp", ("pw-" + user).toCharArray());
		}
	}

	private void hostsAsEnetNotified() {
		domain.getEndpoints().get(0).setHost("pop3.hetemail.jp");
		domain.getEndpoints().get(2).setHost("smtp.hetemail.jp");
	}

	private ServerSync sync() {
		return new ServerSync(workspace, "fake", server);
	}

	@Test
	void aWorkspaceThatBreaksAnErrorRuleIsRefusedAndNothingIsWritten() {
		// a new domain has no POP3 and SMTP host until staff enter the ones Enet notified (endpoint.host)
		Refused refused = assertThrows(Refused.class,
				() -> sync().apply(null, Decisions.none(), credentials, new NullProgressMonitor()));
		assertEquals(Refused.Reason.RULE_ERRORS, refused.reason());
		assertEquals(2, refused.errors(), "the POP3 and the SMTP host");
		assertEquals(Set.of(), server.read(Set.of(), new NullProgressMonitor()).domains());
	}

	@Test
	void theReviewedPlanIsAppliedAndTheBasesAreSavedToDisk() throws Exception {
		hostsAsEnetNotified();
		Plan reviewed = sync().plan(new NullProgressMonitor());
		ApplyReport report = sync().apply(Reviewed.of(reviewed), Decisions.none(), credentials, new NullProgressMonitor());
		assertEquals(reviewed.changes().size(), report.count(Status.DONE), report.results()::toString);
		assertTrue(report.count(Status.DONE) > 0);
		MailboxWorkspace reopened = WorkspaceStore.open(workspace.folder());
		assertEquals(List.of(), new ServerSync(reopened, "fake", server).plan(new NullProgressMonitor()).changes(),
				"the saved base states match the server");
	}

	@Test
	void aPlanTheModelOutgrewOrMadeForAnotherServerIsRefused() throws Exception {
		hostsAsEnetNotified();
		Plan reviewed = sync().plan(new NullProgressMonitor());
		Reviewed elsewhere = new Reviewed("other", reviewed.modelFingerprint(), reviewed.serverFingerprint());
		assertEquals(Refused.Reason.OTHER_SERVER, assertThrows(Refused.class,
				() -> sync().apply(elsewhere, Decisions.none(), credentials, new NullProgressMonitor())).reason());

		Mailbox a = workspace.findMailbox("a@abc.jp").orElseThrow();
		a.setQuotaMb(a.getQuotaMb() + 1); // edited after the review
		assertEquals(Refused.Reason.MODEL_CHANGED, assertThrows(Refused.class,
				() -> sync().apply(Reviewed.of(reviewed), Decisions.none(), credentials, new NullProgressMonitor())).reason());
		assertEquals(Set.of(), server.read(Set.of(), new NullProgressMonitor()).domains(), "nothing was written");
	}
}
