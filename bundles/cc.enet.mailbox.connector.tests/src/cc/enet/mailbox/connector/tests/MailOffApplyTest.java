package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.DnsCheck;
import cc.enet.mailbox.DnsOutcome;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.apply.ChangeResult.Status;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.PlanRefusals;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;

/**
 * Apply while a domain's mail is off: that domain's creates and updates are refused, each saying why, its deletions
 * still go, and every other domain is applied. The plan shows the same refusals before anything is sent.
 */
class MailOffApplyTest {

	@TempDir
	Path dir;
	MailboxWorkspace workspace;
	FakeServer server = new FakeServer();
	SessionCredentialStore credentials = new SessionCredentialStore();
	Domain on;
	Domain moved;

	@BeforeEach
	void twoDomains() throws Exception {
		workspace = WorkspaceStore.create(dir.resolve("ws"), "test");
		var customer = MailboxModels.newCustomer("abc", "abc");
		workspace.root().getCustomers().add(customer);
		on = domain(customer, "on.jp");
		moved = domain(customer, "moved.jp");
	}

	private Domain domain(cc.enet.mailbox.Customer customer, String name) throws Exception {
		Domain domain = MailboxModels.newDomain(name);
		domain.getEndpoints().get(0).setHost("pop3.hetemail.jp");
		domain.getEndpoints().get(2).setHost("smtp.hetemail.jp");
		customer.getDomains().add(domain);
		domain.getMailboxes().add(MailboxModels.newMailbox(domain, "info@" + name));
		MailboxPasswords.of(credentials, workspace.folder()).store("info@" + name, "pw".toCharArray());
		return domain;
	}

	private ServerSync sync() {
		return new ServerSync(workspace, "fake", server);
	}

	private ApplyReport apply() throws Exception {
		return sync().apply(null, Decisions.none(), credentials, new NullProgressMonitor());
	}

	private void dnsMovedAway() {
		DnsCheck check = MailboxFactory.eINSTANCE.createDnsCheck();
		check.setOutcome(DnsOutcome.MX_ELSEWHERE);
		check.setResolver("127.0.0.1:53");
		check.setCheckedAt(new Date());
		check.setMailOffSince(new Date());
		check.getRecords().add("MX 10 mx.elsewhere.example");
		moved.setDnsCheck(check);
		moved.setDnsExternal(true);
	}

	private static List<ChangeResult> of(ApplyReport report, String domain) {
		return report.results().stream().filter(r -> domain.equals(r.change().domain())).toList();
	}

	@Test
	void aCheckedDnsMoveRefusesThatDomainNamingTheRecordsAndTheResolverAndAppliesTheOther() throws Exception {
		dnsMovedAway();

		// the plan says so before anything is sent
		Plan plan = sync().plan(new NullProgressMonitor());
		Map<String, ConnectorText> mailOff = PlanRefusals.mailOff(workspace, plan);
		assertEquals(Set.of("moved.jp"), mailOff.keySet());
		for (PlanEntry entry : plan.entries()) {
			ConnectorText reason = PlanRefusals.reason(entry, Map.of(), mailOff);
			assertEquals(entry.change() != null && "moved.jp".equals(entry.domain()), reason != null, entry::toString);
		}
		String planned = mailOff.get("moved.jp").in(Locale.ENGLISH);
		assertTrue(planned.contains("MX 10 mx.elsewhere.example") && planned.contains("127.0.0.1:53"), planned);

		ApplyReport report = apply();
		List<ChangeResult> refused = of(report, "moved.jp");
		assertTrue(!refused.isEmpty() && refused.stream().allMatch(r -> r.status() == Status.NOT_ATTEMPTED), refused::toString);
		String message = refused.get(0).message(Locale.ENGLISH);
		assertTrue(message.startsWith("not sent while the domain's mail is off: ") && message.contains("MX 10 mx.elsewhere.example")
				&& message.contains("127.0.0.1:53"), message);
		assertTrue(refused.get(0).message(Locale.JAPANESE).startsWith("ドメインのメールサービスが無効化されているため送信していません: "),
				refused.get(0).message(Locale.JAPANESE));
		assertTrue(of(report, "on.jp").stream().allMatch(r -> r.status() == Status.DONE), report.results()::toString);

		assertEquals(Set.of("on.jp"), server.domains, "only the domain whose mail is on reached the server");
		assertEquals(Set.of("info@on.jp"), server.mailboxes.keySet());
		assertTrue(server.applied.stream().noneMatch(c -> c.contains("moved.jp")), server.applied::toString);
		assertEquals("pw", server.passwords.get("info@on.jp"));
	}

	@Test
	void aLostOptionRefusesItsUpdatesWhileTheOtherDomainAndItsDeletionsGo() throws Exception {
		assertTrue(apply().count(Status.DONE) > 0, "both domains are on the server");
		moved.setMailOptionLost(true);
		moved.getMailboxes().get(0).setQuotaMb(2048);
		on.getMailboxes().get(0).setQuotaMb(3072);

		ApplyReport report = apply();
		ChangeResult quota = of(report, "moved.jp").get(0);
		assertEquals(Status.NOT_ATTEMPTED, quota.status());
		assertTrue(quota.message(Locale.JAPANESE).contains("メールサービスオプションが無効化され、戻せなく"), quota.message(Locale.JAPANESE));
		assertEquals(Status.DONE, of(report, "on.jp").get(0).status(), report.results()::toString);
		assertEquals(3072, server.mailboxes.get("info@on.jp").get(Field.QUOTA));
		assertNotEquals(2048, server.mailboxes.get("info@moved.jp").get(Field.QUOTA), "the refused quota reached the server");

		// the refused update stays in the next plan: nothing pretends it went
		assertTrue(sync().plan(new NullProgressMonitor()).entries().stream()
				.anyMatch(e -> e.isChange() && "info@moved.jp".equals(e.mailbox())), "the quota change is planned again");

		moved.getMailboxes().get(0).setQuotaMb(1024);
		moved.getMailboxes().get(0).setMarkedForRemoval(true);
		report = apply();
		assertTrue(report.results().stream().anyMatch(r -> r.status() == Status.DONE
				&& r.change().describe().equals("delete mailbox info@moved.jp")), report.results()::toString);
		assertNull(server.mailboxes.get("info@moved.jp"));
	}
}
