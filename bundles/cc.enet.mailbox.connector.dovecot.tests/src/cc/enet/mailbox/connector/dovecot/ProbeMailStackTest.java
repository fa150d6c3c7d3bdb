package cc.enet.mailbox.connector.dovecot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.Driver;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.clientconfig.probe.ConnectTo;
import cc.enet.mailbox.clientconfig.probe.MailboxProbe;
import cc.enet.mailbox.clientconfig.probe.MailboxProber;
import cc.enet.mailbox.clientconfig.probe.ProbeFinding;
import cc.enet.mailbox.clientconfig.probe.ProbeResult;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.apply.ApplyOperation;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.test.support.MailStack;
import cc.enet.mailbox.test.support.SharedServer;

/**
 * The probe against the real Postfix + Dovecot stack (the module's shared one, emptied for this class): the model says
 * localhost on 995/993/465 (what the stack's certificate names), the routes go to the stack's loopback ports.
 * Mailboxes are created through the dovecot connector, as staff would apply them.
 */
class ProbeMailStackTest {

	@RegisterExtension
	static final SharedServer<MailStack> STACK = SharedStack.STACK;

	private static final String PW = "Probe-Pa55word";
	private static final String OTHER_PW = "Other-Pa55word";
	private static MailStack stack;
	private static StackMail mail;
	private static MailboxWorkspace workspace;
	private static final SessionCredentialStore credentials = new SessionCredentialStore();

	@BeforeAll
	static void applyMailboxesToTheStack() throws Exception {
		stack = STACK.get();
		mail = new StackMail(stack);
		workspace = WorkspaceStore.create(Files.createTempDirectory("mailbox-probe-stack").resolve("ws"), "probe");
		var customer = MailboxModels.newCustomer("probe", "probe");
		Domain domain = MailboxModels.newDomain("probe.test");
		domain.getEndpoints().forEach(e -> e.setHost("localhost"));
		customer.getDomains().add(domain);
		workspace.root().getCustomers().add(customer);
		for (String user : List.of("ok", "changed", "other", "full")) {
			var mailbox = MailboxModels.newMailbox(domain, user + "@probe.test");
			mailbox.setQuotaMb(1024); // a quota of its own: the probe reads back what the connector set
			domain.getMailboxes().add(mailbox);
			MailboxPasswords.of(credentials, workspace.folder()).store(user + "@probe.test",
					(user.equals("other") ? OTHER_PW : PW).toCharArray());
		}
		try (Connector connector = new DovecotConnectorFactory().open(stack.server("stack"), stack.serverSecrets())) {
			Plan plan = new Planner("stack", connector.capabilities()).plan(workspace.root(),
					connector.read(Planner.domainsOf(workspace.root()), new NullProgressMonitor()));
			ApplyReport report = new ApplyOperation(workspace, connector, plan, Decisions.none(), credentials)
					.run(new NullProgressMonitor());
			assertTrue(report.succeeded(), report.toString());
		}
	}

	private static Mailbox mailbox(String user) {
		return workspace.findMailbox(user + "@probe.test").orElseThrow();
	}

	private static List<ConnectTo> routes(int pop3, int imap, int smtp) {
		return List.of(new ConnectTo("localhost", 995, "127.0.0.1", pop3), new ConnectTo("localhost", 993, "127.0.0.1", imap),
				new ConnectTo("localhost", 465, "127.0.0.1", smtp));
	}

	private static MailboxProber prober(List<ConnectTo> routes, boolean trustTheStack) throws Exception {
		return new MailboxProber(routes, trustTheStack ? Path.of(stack.get("CA_CERT")) : null, Duration.ofSeconds(15),
				Locale.ENGLISH);
	}

	private static MailboxProber prober() throws Exception {
		return prober(routes(stack.port("POP3S_PORT"), stack.port("IMAPS_PORT"), stack.port("SMTPS_PORT")), true);
	}

	private static boolean failed(MailboxProbe probe, String protocol, String step) {
		return probe.results().stream().anyMatch(r -> r.protocol().equals(protocol) && r.step().equals(step) && !r.ok());
	}

	@Test
	void everyStepPassesOnPop3sImapsAndSmtpsAndTheQuotaIsRead() throws Exception {
		MailboxProbe probe = prober().probeMailbox(mailbox("ok"), PW.toCharArray());
		assertTrue(probe.passed(), probe.results()::toString);
		assertEquals(13, probe.results().size(), probe.results()::toString);
		assertTrue(probe.results().stream().anyMatch(r -> r.protocol().equals("SMTP") && r.step().equals(ProbeResult.SEND)));
		assertTrue(probe.results().stream().anyMatch(r -> r.step().equals(ProbeResult.TLS) && r.detail().contains("CN=localhost")));
		assertEquals(List.of(), probe.findings());
		assertNotNull(probe.quota(), "Dovecot reports the quota the connector set");
		assertEquals(1024L * 1024, probe.quota().limitKb(), "1024 MB, the model's quota");
		assertFalse(probe.results().toString().contains(PW));
	}

	@Test
	void aPasswordChangedOnTheServerBehindTheConsolesBackIsALoginRefusedOnEachProtocol() throws Exception {
		// a customer's webmail change, as the server holds it: another hash in the stack's database
		sql("UPDATE mailbox SET password_hash = (SELECT password_hash FROM mailbox WHERE address = 'other@probe.test')"
				+ " WHERE address = 'changed@probe.test'");
		MailboxProbe probe = prober().probeMailbox(mailbox("changed"), PW.toCharArray());
		for (String protocol : List.of("POP3", "IMAP", "SMTP")) {
			assertTrue(failed(probe, protocol, ProbeResult.LOGIN), protocol + " " + probe.results());
			assertTrue(probe.findings().stream().anyMatch(f -> protocol.equals(f.protocol())
					&& f.ruleId().equals(ProbeFinding.LOGIN_REFUSED) && f.severity() == Severity.ERROR), probe.findings()::toString);
		}
		assertTrue(prober().probeMailbox(mailbox("changed"), OTHER_PW.toCharArray()).passed(), "the server's new password works");
	}

	@Test
	void aWrongPortFailsTheConnectAndAPlainSmtpPortIsReportedAsStarttls() throws Exception {
		int nothing = stack.portBase() + 1; // no daemon of the stack listens there
		MailboxProbe probe = prober(routes(nothing, stack.port("IMAPS_PORT"), stack.port("SMTP_PORT")), true)
				.probeMailbox(mailbox("ok"), PW.toCharArray());
		assertTrue(failed(probe, "POP3", ProbeResult.CONNECT), probe.results()::toString);
		assertTrue(probe.results().stream().anyMatch(r -> r.protocol().equals("IMAP") && r.step().equals(ProbeResult.LOGIN) && r.ok()));
		assertTrue(failed(probe, "SMTP", ProbeResult.TLS), probe.results()::toString);
		assertTrue(probe.findings().stream().anyMatch(f -> "SMTP".equals(f.protocol()) && f.ruleId().equals(ProbeFinding.STARTTLS)),
				probe.findings()::toString);
	}

	@Test
	void anUntrustedCertificateFailsTheTlsStepAndNoLoginIsTried() throws Exception {
		MailboxProbe probe = prober(routes(stack.port("POP3S_PORT"), stack.port("IMAPS_PORT"), stack.port("SMTPS_PORT")), false)
				.probeMailbox(mailbox("ok"), PW.toCharArray());
		for (String protocol : List.of("POP3", "IMAP", "SMTP")) {
			assertTrue(failed(probe, protocol, ProbeResult.TLS), protocol + " " + probe.results());
		}
		assertTrue(probe.results().stream().noneMatch(r -> r.step().equals(ProbeResult.LOGIN)), "no login over an untrusted connection");
		assertTrue(probe.results().stream().anyMatch(r -> r.detail().contains("the certificate is not trusted")), probe.results()::toString);
	}

	@Test
	void aNearlyFullMailboxIsAWarningAndAFullOneAnError() throws Exception {
		mail.send("ok@probe.test", PW, "full@probe.test", "filler", "x".repeat(300_000));
		mail.awaitEmptyQueue();
		MailboxProbe before = prober().probeMailbox(mailbox("full"), PW.toCharArray());
		long usedKb = before.quota().usedKb();
		assertTrue(usedKb >= 290, "the filler is stored: " + before.quota());

		sql("UPDATE mailbox SET quota_bytes = " + usedKb * 1024 * 100 / 95 + " WHERE address = 'full@probe.test'");
		MailboxProbe nearlyFull = prober().probeMailbox(mailbox("full"), PW.toCharArray());
		assertTrue(nearlyFull.quota().percent() >= 90 && !nearlyFull.quota().isFull(), nearlyFull.quota()::toString);
		assertEquals(List.of(Severity.WARNING), nearlyFull.findings().stream()
				.filter(f -> f.ruleId().equals(ProbeFinding.QUOTA_USAGE)).map(ProbeFinding::severity).toList());

		sql("UPDATE mailbox SET quota_bytes = " + usedKb * 1024 / 2 + " WHERE address = 'full@probe.test'");
		MailboxProbe full = prober().probeMailbox(mailbox("full"), PW.toCharArray());
		assertTrue(full.quota().isFull(), full.quota()::toString);
		assertTrue(full.findings().stream().anyMatch(f -> f.ruleId().equals(ProbeFinding.QUOTA_USAGE)
				&& f.severity() == Severity.ERROR && f.message().contains("new mail is refused")), full.findings()::toString);
		assertTrue(failed(full, "SMTP", ProbeResult.SEND), "the stack refuses the probe's own message: " + full.results());
	}

	private static void sql(String statement) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("user", stack.get("PG_USER"));
		properties.setProperty("password", stack.secret("DEFAULT"));
		try (Connection c = new Driver().connect(stack.get("JDBC_URL"), properties);
				PreparedStatement update = c.prepareStatement(statement)) {
			assertEquals(1, update.executeUpdate(), statement);
		}
	}
}
