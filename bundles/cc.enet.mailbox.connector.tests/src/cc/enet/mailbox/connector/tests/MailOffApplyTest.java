package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.DnsCheck;
import cc.enet.mailbox.DnsOutcome;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult.Status;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.apply.ServerSync.Refused;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;

/** Apply while a domain's mail is off: its creates and updates are refused, saying why; its deletions still go. */
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

	private ApplyReport apply() throws Exception {
		return new ServerSync(workspace, "fake", server).apply(null, Decisions.none(), credentials, new NullProgressMonitor());
	}

	@Test
	void aCheckedDnsMoveRefusesTheApplyNamingTheDomainTheRecordsAndTheResolver() {
		DnsCheck check = MailboxFactory.eINSTANCE.createDnsCheck();
		check.setOutcome(DnsOutcome.MX_ELSEWHERE);
		check.setResolver("127.0.0.1:53");
		check.setCheckedAt(new Date());
		check.setMailOffSince(new Date());
		check.getRecords().add("MX 10 mx.elsewhere.example");
		moved.setDnsCheck(check);
		moved.setDnsExternal(true);
		Refused refused = assertThrows(Refused.class, this::apply);
		assertEquals(Refused.Reason.MAIL_OFF, refused.reason());
		assertEquals(List.of("moved.jp"), refused.mailOff().stream().map(m -> m.domain()).toList());
		String message = refused.mailOff().get(0).message(Locale.ENGLISH);
		assertTrue(message.contains("MX 10 mx.elsewhere.example") && message.contains("127.0.0.1:53"), message);
		assertEquals(Set.of(), server.read(Set.of(), new NullProgressMonitor()).domains(), "nothing was written");
	}

	@Test
	void aLostOptionRefusesTooAndOnceTheDomainIsOnlyDeletedTheApplyGoes() throws Exception {
		assertTrue(apply().count(Status.DONE) > 0, "both domains are on the server");
		moved.setMailOptionLost(true);
		moved.getMailboxes().get(0).setDisplayName("Changed");
		moved.getMailboxes().get(0).setQuotaMb(2048);
		Refused refused = assertThrows(Refused.class, this::apply);
		assertEquals(Refused.Reason.MAIL_OFF, refused.reason());
		assertTrue(refused.mailOff().get(0).message(Locale.JAPANESE).contains("メールサービスオプションが無効化され、戻せなく"));

		moved.getMailboxes().get(0).setQuotaMb(1024);
		moved.getMailboxes().get(0).setMarkedForRemoval(true);
		ApplyReport report = apply();
		assertTrue(report.results().stream().anyMatch(r -> r.status() == Status.DONE
				&& r.change().describe().equals("delete mailbox info@moved.jp")), report.results()::toString);
	}
}
