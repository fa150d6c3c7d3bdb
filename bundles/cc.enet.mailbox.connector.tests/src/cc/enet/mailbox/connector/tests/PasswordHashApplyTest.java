package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.PlanRefusals;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.model.PasswordHash;
import cc.enet.mailbox.test.support.CsvWorkspace;

/** A mailbox migrated with a password hash: the plan says per mailbox when the server cannot take it, apply agrees. */
class PasswordHashApplyTest {

	private static final String CRYPT = "{SHA512-CRYPT}$6$saltsalt$" + "a".repeat(86);

	FakeServer server = new FakeServer();
	SessionCredentialStore credentials = new SessionCredentialStore();
	@RegisterExtension
	final CsvWorkspace aMigratedAndANewMailbox = CsvWorkspace.of(credentials, """
			address,password,password_hash
			old@abc.jp,,%s
			new@abc.jp,Pa55-word,
			""".formatted(CRYPT)).withDomains("""
			domain,pop3_host,smtp_host
			abc.jp,pop3.hetemail.jp,smtp.hetemail.jp
			""");
	MailboxWorkspace workspace;

	@BeforeEach
	void workspace() {
		workspace = aMigratedAndANewMailbox.workspace();
	}

	private ApplyReport apply() throws Exception {
		return new ServerSync(workspace, "fake", server).apply(null, Decisions.none(), credentials, new NullProgressMonitor());
	}

	@Test
	void aServerWithoutHashesIsToldPerMailboxAndNeverReceivesTheHash() throws Exception {
		Plan plan = new ServerSync(workspace, "fake", server).plan(new NullProgressMonitor());
		Map<String, ConnectorText> refusals = PlanRefusals.of(workspace, plan, credentials);
		assertEquals(Set.of("old@abc.jp"), refusals.keySet());
		assertTrue(refusals.get("old@abc.jp").in(Locale.ROOT).contains("SHA512-CRYPT"), refusals.toString());
		assertFalse(refusals.get("old@abc.jp").in(Locale.JAPANESE).equals(refusals.get("old@abc.jp").in(Locale.ROOT)));

		ApplyReport report = apply();
		assertFalse(server.passwords.containsKey("old@abc.jp"));
		assertFalse(server.mailboxes.containsKey("old@abc.jp"), "refused up front: no account without its password");
		assertEquals("Pa55-word", server.passwords.get("new@abc.jp"));
		assertTrue(report.results().stream().anyMatch(r -> r.change().mailbox() != null && r.change().mailbox().equals("old@abc.jp")
				&& r.message().contains("cannot verify")), report.toString());
	}

	@Test
	void aServerThatVerifiesTheSchemeReceivesTheHashAsItCame() throws Exception {
		server.capabilities = new Capabilities(EnumSet.of(Field.ACCOUNT, Field.QUOTA, Field.FORWARDING), EnumSet.of(Field.ACCOUNT,
				Field.QUOTA, Field.FORWARDING), 4, Set.of("SHA512-CRYPT"));
		assertEquals(Map.of(), PlanRefusals.of(workspace, new ServerSync(workspace, "fake", server).plan(new NullProgressMonitor()),
				credentials));
		apply();
		assertEquals(CRYPT, PasswordHash.unmark(server.passwords.get("old@abc.jp").toCharArray()));
	}
}
