package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.connector.apply.ApplyOperation;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.AuditChain;
import cc.enet.mailbox.connector.apply.AuditLog;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.apply.ChangeResult.Status;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.json.Json;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.test.support.CsvWorkspace;

/** A connector that takes a mailbox's changes as one request: each change still has its own intent and result. */
class TogetherApplyTest {

	FakeServer server = new FakeServer();
	SessionCredentialStore credentials = new SessionCredentialStore();
	@RegisterExtension
	final CsvWorkspace csv = CsvWorkspace.of(credentials, """
			address,password,quota_mb,forward_to,deny_domains
			a@abc.jp,pw-a,500,b@abc.jp,
			b@abc.jp,pw-b,600,,spam.example
			""");

	private ApplyReport apply() throws Exception {
		MailboxWorkspace workspace = csv.workspace();
		Plan plan = new Planner("fake", server.capabilities())
				.plan(workspace.root(), server.read(Planner.domainsOf(workspace.root()), new NullProgressMonitor()));
		return new ApplyOperation(workspace, server, plan, Decisions.none(), credentials).run(new NullProgressMonitor());
	}

	@Test
	void aMailboxsChangesGoAsOneRequestEachWithItsIntentAndResult() throws Exception {
		server.together = 10;
		ApplyReport report = apply();

		assertTrue(report.succeeded(), report.toString());
		List<String> a = server.requestsTogether.stream().filter(r -> r.get(0).equals("create mailbox a@abc.jp")).findFirst()
				.orElseThrow();
		assertEquals(report.results().stream().map(r -> r.change()).filter(c -> "a@abc.jp".equals(c.mailbox()))
				.map(c -> c.describe()).toList(), a, "every change of the mailbox, in order");
		assertTrue(a.contains("set quota of a@abc.jp to 500 MB") && a.stream().anyMatch(c -> c.startsWith("set forwarding of a@abc.jp")),
				a::toString);
		assertEquals(2, server.requestsTogether.size(), "one request a mailbox");
		assertEquals("pw-a", server.passwords.get("a@abc.jp"));
		assertEquals(List.of("b@abc.jp"), server.mailboxes.get("a@abc.jp").forwarding().targets());
		assertEquals(List.of("spam.example"), server.mailboxes.get("b@abc.jp").filters().denyDomains());
		List<String> lines = Files.readAllLines(csv.workspace().folder().resolve(AuditLog.FILE));
		Map<String, Integer> intentAt = new HashMap<>();
		int results = 0;
		for (int i = 0; i < lines.size(); i++) {
			var fields = Json.object(Json.parse(lines.get(i)));
			String change = (String) fields.get("change");
			if ("intent".equals(fields.get("event"))) {
				assertEquals(null, intentAt.put(change, i), "one intent per change: " + change);
			} else {
				assertTrue(intentAt.containsKey(change) && intentAt.get(change) < i, "the intent of " + change + " comes first");
				results++;
			}
		}
		assertEquals(report.results().size(), intentAt.size());
		assertEquals(report.results().size(), results);
		assertTrue(AuditChain.verify(csv.workspace().folder()).intact());
	}

	@Test
	void aRequestThatFailsIsSentAgainChangeByChangeSoEachHasItsOwnResult() throws Exception {
		server.together = 10;
		server.refuse.add("set quota of a@abc.jp to 500 MB");
		ApplyReport report = apply();

		Map<String, Status> status = new HashMap<>();
		for (ChangeResult result : report.results()) {
			status.put(result.change().describe(), result.status());
		}
		assertEquals(Status.FAILED, status.get("set quota of a@abc.jp to 500 MB"));
		assertEquals(Status.DONE, status.get("create mailbox a@abc.jp"));
		assertTrue(status.entrySet().stream().anyMatch(e -> e.getKey().startsWith("set forwarding of a@abc.jp")
				&& e.getValue() == Status.DONE), "what does not depend on it still goes: " + status);
		assertEquals(1, report.count(Status.FAILED), report::toString);
		assertTrue(report.results().stream().filter(r -> r.status() == Status.FAILED)
				.allMatch(r -> r.message().contains("refused: set quota")));
		assertEquals(List.of("b@abc.jp"), server.mailboxes.get("a@abc.jp").forwarding().targets());
		String audit = Files.readString(csv.workspace().folder().resolve(AuditLog.FILE));
		assertFalse(audit.contains("pw-a"), "no password in the audit log");
		assertTrue(AuditChain.verify(csv.workspace().folder()).intact());
	}
}
