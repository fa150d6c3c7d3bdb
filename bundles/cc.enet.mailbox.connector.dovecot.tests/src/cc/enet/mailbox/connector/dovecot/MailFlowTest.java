package cc.enet.mailbox.connector.dovecot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.apply.ApplyOperation;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.PlanRefusals;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.csv.MailboxCsvImporter;
import cc.enet.mailbox.core.csv.MailboxCsvReader;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.test.support.MailStack;
import cc.enet.mailbox.test.support.SharedServer;

/**
 * What a customer sees, end to end: a model planned and applied to the real mail stack through the dovecot
 * connector, then mail sent through Postfix SMTPS with AUTH and fetched over POP3S and IMAPS. Every "refused" is
 * checked after Postfix's queue is empty, next to a message that did arrive, so a filter that is down cannot pass.
 * The model is applied once, before all; each test sends and checks mail of its own, so they pass in any order. Only
 * the wrong-password test is held back to the end, for speed: Dovecot slows every later login from 127.0.0.1 down.
 * (Drift in SQL and in Sieve shown as conflicts: ApplyToDovecotTest.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailFlowTest {

	@RegisterExtension
	static final SharedServer<MailStack> STACK = SharedStack.STACK;

	private static final String PW = "Flow-Pa55word";
	private static final String SENDER = "sender@abc.test";
	private static MailStack stack;
	private static StackMail mail;
	private static MailboxWorkspace workspace;
	private static Domain abc;
	private static final SessionCredentialStore credentials = new SessionCredentialStore();

	@BeforeAll
	static void applyTheModel() throws Exception {
		stack = STACK.get();
		mail = new StackMail(stack);
		Path dir = Files.createTempDirectory("mailbox-flow");
		workspace = WorkspaceStore.create(dir.resolve("ws"), "flow");
		abc = domain("abc.test");
		Domain bad = domain("bad.test");
		Domain evil = domain("evil.test");
		for (String user : List.of("sender", "fwd", "copy", "ten", "guarded", "careful", "open", "small", "off")) {
			mailbox(abc, user + "@abc.test");
		}
		List<String> ten = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			ten.add(mailbox(abc, "t" + i + "@abc.test").getAddress());
		}
		mailbox(bad, "friend@bad.test");
		mailbox(bad, "other@bad.test");
		mailbox(evil, "spam@evil.test");

		find("fwd@abc.test").getForwarding().getTargets().add("t1@abc.test");
		find("copy@abc.test").getForwarding().getTargets().add("t2@abc.test");
		find("copy@abc.test").getForwarding().setKeepCopy(true);
		find("ten@abc.test").getForwarding().getTargets().addAll(ten);
		Mailbox guarded = find("guarded@abc.test");
		guarded.getFilters().getDenyAddresses().add("spam@evil.test");
		guarded.getFilters().getDenyDomains().add("bad.test");
		guarded.getFilters().getAllowAddresses().add("friend@bad.test");
		find("careful@abc.test").getFilters().setRejectVirus(true);
		find("careful@abc.test").getFilters().setRejectSpam(true);
		find("small@abc.test").setQuotaMb(1);
		find("off@abc.test").setEnabled(false);

		try (Connector connector = connector()) {
			Plan plan = new Planner("stack", connector.capabilities()).plan(workspace.root(),
					connector.read(Planner.domainsOf(workspace.root()), new NullProgressMonitor()));
			ApplyReport report = new ApplyOperation(workspace, connector, plan, Decisions.none(), credentials)
					.run(new NullProgressMonitor());
			assertTrue(report.succeeded(), report.toString());
		}
	}

	private static Connector connector() throws Exception {
		return new DovecotConnectorFactory().open(stack.server("stack"), stack.serverSecrets());
	}

	private static Domain domain(String name) {
		var customer = MailboxModels.newCustomer(name, name);
		Domain domain = MailboxModels.newDomain(name);
		customer.getDomains().add(domain);
		workspace.root().getCustomers().add(customer);
		return domain;
	}

	private static Mailbox mailbox(Domain domain, String address) {
		Mailbox mailbox = MailboxModels.newMailbox(domain, address);
		domain.getMailboxes().add(mailbox);
		try {
			MailboxPasswords.of(credentials, workspace.folder()).store(address, PW.toCharArray());
		} catch (CredentialException e) {
			throw new IllegalStateException(e); // an in-memory store does not fail
		}
		return mailbox;
	}

	private static Mailbox find(String address) {
		return workspace.findMailbox(address).orElseThrow();
	}

	private static void send(String from, String to, String subject) throws Exception {
		mail.send(from, PW, to, subject, "test " + subject);
	}

	@Test
	void forwardingWithoutACopyWithACopyAndToTenTargets() throws Exception {
		send(SENDER, "fwd@abc.test", "fwd-plain");
		send(SENDER, "copy@abc.test", "fwd-copy");
		send(SENDER, "ten@abc.test", "fwd-ten");
		mail.awaitEmptyQueue();

		assertTrue(mail.pop("t1@abc.test", PW).contains("fwd-plain"));
		assertFalse(mail.imap("fwd@abc.test", PW).contains("fwd-plain"), "no copy kept");
		assertTrue(mail.pop("t2@abc.test", PW).contains("fwd-copy"));
		assertTrue(mail.imap("copy@abc.test", PW).contains("fwd-copy"), "a copy kept");
		for (int i = 1; i <= 10; i++) {
			assertTrue(mail.imap("t" + i + "@abc.test", PW).contains("fwd-ten"), "target t" + i);
		}
		assertFalse(mail.pop("ten@abc.test", PW).contains("fwd-ten"));
	}

	@Test
	void denyAddressAndDenyDomainAreRefusedWhileAnAllowEntryWins() throws Exception {
		send("spam@evil.test", "guarded@abc.test", "deny-address");
		send("other@bad.test", "guarded@abc.test", "deny-domain");
		send("friend@bad.test", "guarded@abc.test", "allow-wins");
		send(SENDER, "guarded@abc.test", "nobody-listed");
		mail.awaitEmptyQueue();

		List<String> inbox = mail.pop("guarded@abc.test", PW);
		assertTrue(inbox.contains("allow-wins"), inbox.toString());
		assertTrue(inbox.contains("nobody-listed"), inbox.toString());
		assertFalse(inbox.contains("deny-address"), inbox.toString());
		assertFalse(inbox.contains("deny-domain"), inbox.toString());
		assertTrue(mail.imap("other@bad.test", PW).stream().anyMatch(s -> s.contains("deny-domain")),
				"the refused sender is told (Sieve reject)");
	}

	@Test
	void eicarIsRefusedWhereVirusesAreRejectedAndDeliveredElsewhere() throws Exception {
		String eicar = StackMail.testSignature("EICAR_HEX");
		mail.send(SENDER, PW, "careful@abc.test", "virus-careful", eicar);
		mail.send(SENDER, PW, "open@abc.test", "virus-open", eicar);
		send(SENDER, "careful@abc.test", "clean-careful");
		mail.awaitEmptyQueue();

		List<String> careful = mail.imap("careful@abc.test", PW);
		assertFalse(careful.contains("virus-careful"), careful.toString());
		assertTrue(careful.contains("clean-careful"), careful.toString());
		assertTrue(mail.pop("open@abc.test", PW).contains("virus-open"), "a mailbox that does not reject viruses gets it");
	}

	@Test
	void gtubeIsRefusedWhereSpamIsRejectedAndDeliveredElsewhere() throws Exception {
		String gtube = StackMail.testSignature("GTUBE_HEX");
		mail.send(SENDER, PW, "careful@abc.test", "spam-careful", gtube);
		mail.send(SENDER, PW, "open@abc.test", "spam-open", gtube);
		send(SENDER, "careful@abc.test", "ham-careful");
		mail.awaitEmptyQueue();

		List<String> careful = mail.pop("careful@abc.test", PW);
		assertFalse(careful.contains("spam-careful"), careful.toString());
		assertTrue(careful.contains("ham-careful"), careful.toString());
		assertTrue(mail.imap("open@abc.test", PW).contains("spam-open"));
	}

	@Test
	void mailOverTheQuotaIsRefused() throws Exception {
		String big = ("x".repeat(98) + "\r\n").repeat(15_000); // 1.5 MB for a 1 MB mailbox
		try {
			mail.send(SENDER, PW, "small@abc.test", "too-big", big);
		} catch (MessagingException refusedAtSmtpTime) {
			assertTrue(String.valueOf(refusedAtSmtpTime.getMessage()).contains("552"), refusedAtSmtpTime.toString());
		}
		send(SENDER, "small@abc.test", "fits");
		mail.awaitEmptyQueue();

		List<String> inbox = mail.imap("small@abc.test", PW);
		assertFalse(inbox.contains("too-big"), inbox.toString());
		assertTrue(inbox.contains("fits"), inbox.toString());
	}

	@Test
	void aDisabledMailboxNeitherReceivesNorLogsIn() throws Exception {
		MessagingException refused = assertThrows(MessagingException.class, () -> send(SENDER, "off@abc.test", "to-disabled"));
		assertTrue(String.valueOf(refused.getNextException()).contains("550")
				|| String.valueOf(refused.getMessage()).contains("550"), refused.toString());
		assertFalse(mail.canLogIn("off@abc.test", PW));

		// enabled again through the model: the same path brings it back
		find("off@abc.test").setEnabled(true);
		try (Connector connector = connector()) {
			Plan plan = new Planner("stack", connector.capabilities()).plan(workspace.root(),
					connector.read(Planner.domainsOf(workspace.root()), new NullProgressMonitor()));
			assertEquals(List.of("enable mailbox off@abc.test"), plan.changes().stream().map(e -> e.change().describe()).toList());
			assertTrue(new ApplyOperation(workspace, connector, plan, Decisions.none(), credentials)
					.run(new NullProgressMonitor()).succeeded());
		}
		send(SENDER, "off@abc.test", "enabled-again");
		mail.awaitEmptyQueue();
		assertTrue(mail.pop("off@abc.test", PW).contains("enabled-again"));
	}

	/**
	 * Customers moved over from an old system keep their passwords: its hashes (password_hash column) go to the stack
	 * as they are, and the customers' clients log in over SMTPS and POP3S with the passwords they always had. The plan
	 * reads only the two new mailboxes (all others were applied before).
	 */
	@Test
	void migratedMailboxesLogInWithTheirOldPasswords() throws Exception {
		String old = "Old-Sys7em-pw";
		Path csv = Files.createTempFile("migration", ".csv");
		Files.writeString(csv, "address,password_hash\nmoved1@abc.test," + Sha512Crypt.hash(old.toCharArray())
				+ "\nmoved2@abc.test," + ssha512(old, "NaCl-4711") + "\n", StandardCharsets.UTF_8);
		new MailboxCsvImporter(workspace.root()).apply(MailboxCsvReader.read(csv, null), credentials);
		try (Connector connector = connector()) {
			Plan plan = new ServerSync(workspace, "stack", connector).plan(new NullProgressMonitor());
			assertEquals(Set.of("moved1@abc.test", "moved2@abc.test"), plan.scope());
			assertEquals(Map.of(), PlanRefusals.of(workspace, plan, credentials));
			ApplyReport report = new ApplyOperation(workspace, connector, plan, Decisions.none(), credentials)
					.run(new NullProgressMonitor());
			assertTrue(report.succeeded(), report.toString());
		}
		mail.send("moved1@abc.test", old, "moved2@abc.test", "kept-password", "x");
		mail.send("moved2@abc.test", old, "moved1@abc.test", "kept-too", "x");
		mail.awaitEmptyQueue();
		assertTrue(mail.pop("moved2@abc.test", old).contains("kept-password"));
		assertTrue(mail.pop("moved1@abc.test", old).contains("kept-too"));
	}

	/** {SSHA512} as an old system writes it: base64 of SHA-512(password + salt), then the salt. */
	private static String ssha512(String password, String salt) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-512").digest((password + salt).getBytes(StandardCharsets.UTF_8));
		byte[] both = Arrays.copyOf(digest, digest.length + salt.length());
		System.arraycopy(salt.getBytes(StandardCharsets.UTF_8), 0, both, digest.length, salt.length());
		return "{SSHA512}" + Base64.getEncoder().encodeToString(both);
	}

	/** Last, for speed only: Dovecot slows down logins from an address after wrong passwords. */
	@Test
	@Order(Integer.MAX_VALUE)
	void aWrongPasswordIsRefusedEverywhere() throws Exception {
		assertThrows(AuthenticationFailedException.class,
				() -> mail.send(SENDER, "wrong-" + PW, "open@abc.test", "wrong-password", "x"));
		assertThrows(AuthenticationFailedException.class, () -> mail.pop(SENDER, "wrong-" + PW));
		assertFalse(mail.canLogIn(SENDER, "wrong-" + PW));
		assertTrue(mail.canLogIn(SENDER, PW));
	}
}
