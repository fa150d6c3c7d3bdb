package cc.enet.mailbox.connector.james.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.connector.james.JamesConnectorFactory;
import cc.enet.mailbox.test.support.Await;
import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.MailboxCli;
import cc.enet.mailbox.test.support.SharedServer;

/**
 * The model applied to a real Apache James, and proved on the server with a real mail client: forwarding with and
 * without a copy, a deny list, a quota, quota usage; then take mine, an unfinished apply, a loop through the
 * server. Plan, apply, read back, drift and pull as every connector must: {@link JamesContractTest}.
 * <p>One flow, in order, on purpose: it is the life of one server; each step's expected plan is the state the step
 * before left. A fresh James per step would test the same code at many times the cost.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApplyToJamesTest {

	private static final String PW = "Test-Pa55word";
	@RegisterExtension
	static final SharedServer<JamesServer> JAMES = SharedJames.JAMES;
	private static JamesServer james;
	private static MailClient mail;
	private static Path workspace;
	private static final MailboxCli mailbox = new MailboxCli(new JamesConnectorFactory());

	@BeforeAll
	static void startJamesAndImport() throws Exception {
		james = JAMES.get();
		mail = new MailClient(james);
		Path dir = Files.createTempDirectory("mailbox-apply");
		workspace = dir.resolve("ws");
		Path csv = dir.resolve("m.csv");
		Files.writeString(csv, String.join("\n",
				"address,forward_to,forward_keep_copy,deny_addresses,deny_domains,quota_mb,password",
				"tanaka@abc.test,,no,,,1024," + PW,
				"sato@abc.test,tanaka@abc.test,no,,,1024," + PW,
				"suzuki@abc.test,tanaka@abc.test,yes,,,1024," + PW,
				"kato@abc.test,,no,spam@bad.test,evil.test,5," + PW,
				"yamada@xyz.test,,no,,,2048," + PW) + "\n");
		mailbox.importNotifiedHosts(workspace, "abc.test", "xyz.test");
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", workspace.toString()), mailbox.both());
		assertEquals(0, mailbox.run("server", "add", workspace.toString(), "test", "--kind", "james", "--url", james.webAdminUrl()),
				mailbox.both());
	}

	@Test
	@Order(1)
	void planShowsEverythingToCreateAndApplyDoesIt() throws Exception {
		assertEquals(0, mailbox.run("plan", workspace.toString(), "--server", "test", "--lang", "en"), mailbox.both());
		assertTrue(mailbox.out().contains("create    abc.test (domain)"), mailbox.out());
		assertTrue(mailbox.out().contains("create    kato@abc.test"), mailbox.out());
		assertTrue(mailbox.out().contains("update    kato@abc.test quota: - -> 5 MB"), mailbox.out());

		assertEquals(0, mailbox.run("apply", workspace.toString(), "--server", "test", "--lang", "en"), mailbox.both());
		assertTrue(mailbox.out().contains(" 0 failed, 0 skipped, 0 not attempted"), mailbox.out());
		assertFalse(mailbox.both().contains(PW), "no password in the output");
		assertFalse(Files.readString(workspace.resolve("audit.log")).contains(PW), "no password in the audit log");
		for (Path file : Files.list(workspace.resolve("customers")).toList()) {
			assertFalse(Files.readString(file).contains(PW), "no password in " + file);
		}
	}

	@Test
	@Order(2)
	void aForwardWithoutCopyDeliversOnlyToTheTarget() throws Exception {
		mail.sendAuthenticated("yamada@xyz.test", PW, "sato@abc.test", "to-sato");
		assertTrue(mail.awaitSubject(() -> mail.popSubjects("tanaka@abc.test", PW), "to-sato").contains("to-sato"));
		awaitEmptySpool(); // a copy, were one kept, has been delivered by now too
		assertFalse(mail.popSubjects("sato@abc.test", PW).contains("to-sato"));
	}

	@Test
	@Order(3)
	void aForwardWithCopyDeliversToBoth() throws Exception {
		mail.sendAuthenticated("yamada@xyz.test", PW, "suzuki@abc.test", "to-suzuki");
		assertTrue(mail.awaitSubject(() -> mail.imapSubjects("tanaka@abc.test", PW), "to-suzuki").contains("to-suzuki"));
		assertTrue(mail.awaitSubject(() -> mail.imapSubjects("suzuki@abc.test", PW), "to-suzuki").contains("to-suzuki"));
	}

	@Test
	@Order(4)
	void theDenyListRejectsAndOtherMailArrives() throws Exception {
		mail.sendFromOutside("spam@bad.test", "kato@abc.test", "denied-address");
		mail.sendFromOutside("someone@evil.test", "kato@abc.test", "denied-domain");
		mail.sendFromOutside("friend@good.test", "kato@abc.test", "allowed");
		List<String> inbox = mail.awaitSubject(() -> mail.popSubjects("kato@abc.test", PW), "allowed");
		assertTrue(inbox.contains("allowed"), inbox.toString());
		awaitEmptySpool(); // every mail sent has been through Sieve: delivered or refused
		inbox = mail.popSubjects("kato@abc.test", PW);
		assertFalse(inbox.contains("denied-address"), inbox.toString());
		assertFalse(inbox.contains("denied-domain"), inbox.toString());
	}

	@Test
	@Order(5)
	void theQuotaIsSetOnTheServer() throws Exception {
		String quota = james.get("/quota/users/kato@abc.test");
		assertTrue(quota.contains("\"user\":{\"size\":" + 5L * 1024 * 1024) || quota.matches("(?s).*\"user\":\\{[^}]*\"size\":" + 5L * 1024 * 1024 + ".*"),
				quota);
	}

	@Test
	@Order(6)
	void quotaUsageIsReadBack() {
		// a mailbox staff did not change is read when named (or on --refresh)
		assertEquals(0, mailbox.run("plan", workspace.toString(), "--server", "test", "--mailbox", "kato@abc.test", "--verbose",
				"--lang", "en"), mailbox.both());
		Matcher usage = Pattern.compile("usage     kato@abc.test (\\d+\\.\\d) MB").matcher(mailbox.out());
		assertTrue(usage.find(), mailbox.out());
		assertTrue(mailbox.run("plan", workspace.toString(), "--server", "test", "--refresh", "--format", "json") == 0
				&& mailbox.out().matches("(?s).*\"usedBytes\":\\{[^}]*\"kato@abc.test\":[1-9][0-9]*.*"), mailbox.out());
	}

	@Test
	@Order(9)
	void takeMineOverwritesTheServer() throws Exception {
		assertEquals(204, james.put("/address/forwards/suzuki@abc.test/targets/yamada@xyz.test"));
		assertEquals(0, mailbox.run("apply", workspace.toString(), "--server", "test", "--take", "suzuki@abc.test=mine", "--lang", "en"),
				mailbox.both());
		String forwards = james.get("/address/forwards/suzuki@abc.test");
		assertFalse(forwards.contains("yamada@xyz.test"), forwards);
		assertTrue(forwards.contains("tanaka@abc.test"), forwards);
	}

	@Test
	@Order(10)
	void aKilledApplyIsReportedAndCompletedByTheNextOne() throws Exception {
		// What a console killed after two of five changes leaves: a journal with a start and no end.
		Path journal = workspace.resolve(".apply/journal-test.jsonl");
		Files.createDirectories(journal.getParent());
		Files.writeString(journal, "{\"event\":\"start\",\"time\":\"2026-11-27T10:00:00Z\",\"server\":\"test\",\"changes\":5}\n"
				+ "{\"event\":\"result\",\"change\":\"set quota of kato@abc.test to 5 MB\",\"status\":\"done\"}\n"
				+ "{\"event\":\"result\",\"change\":\"create mailbox yamada@xyz.test\",\"status\":\"done\"}\n");

		assertEquals(0, mailbox.run("apply", workspace.toString(), "--server", "test", "--lang", "en"), mailbox.both());
		assertTrue(mailbox.out().contains("The last apply to test (started 2026-11-27T10:00:00Z) did not finish: 2 of 5 changes were recorded."),
				mailbox.out());
		assertTrue(Files.readString(journal).contains("\"event\":\"end\""), "this apply finished its own journal");
		assertEquals(0, mailbox.run("apply", workspace.toString(), "--server", "test", "--lang", "en"), mailbox.both());
		assertFalse(mailbox.out().contains("did not finish"), mailbox.out());
	}

	/**
	 * A customer made a mailbox in webmail that forwards to kato; the workspace has kato forward to it. Only the
	 * server's forwarding closes the loop: plan names it (the server-only hop marked), apply refuses it.
	 */
	@Test
	@Order(11)
	void aLoopThroughAMailboxOnlyTheServerHasIsReportedAndRefused() throws Exception {
		assertEquals(204, james.putJson("/users/webmail@abc.test", "{\"password\":\"" + PW + "\"}"));
		assertEquals(204, james.put("/address/forwards/webmail@abc.test/targets/kato@abc.test"));
		Path csv = Files.createTempFile("kato", ".csv");
		try {
			Files.writeString(csv, "address,forward_to\nkato@abc.test,webmail@abc.test\n");
			assertEquals(0, mailbox.run("import", csv.toString(), "--into", workspace.toString()), mailbox.both());
			assertEquals(0, mailbox.run("validate", workspace.toString()), "the workspace alone has no loop: " + mailbox.both());

			assertEquals(1, mailbox.run("plan", workspace.toString(), "--server", "test", "--lang", "en"), mailbox.both());
			assertTrue(mailbox.err().contains("error forward.loop kato@abc.test forwarding.targets: Forwarding loop: "
					+ "kato@abc.test → webmail@abc.test* → kato@abc.test."), mailbox.err());
			String before = james.get("/address/forwards/kato@abc.test");
			assertEquals(1, mailbox.run("apply", workspace.toString(), "--server", "test", "--lang", "en"), mailbox.both());
			assertTrue(mailbox.err().contains("Apply refused: it would complete a forwarding loop"), mailbox.err());
			assertEquals(before, james.get("/address/forwards/kato@abc.test"), "nothing was written");
		} finally {
			Files.writeString(csv, "address,forward_to\nkato@abc.test,\n");
			mailbox.run("import", csv.toString(), "--into", workspace.toString());
			james.delete("/users/webmail@abc.test");
			james.delete("/address/forwards/webmail@abc.test");
			Files.delete(csv);
		}
	}

	/**
	 * Waits until James's spool holds no mail, queued or being processed: every mail sent so far has passed the
	 * mailets (Sieve included) and is delivered or refused. Fails after a minute with what James last said.
	 */
	private static void awaitEmptySpool() {
		Await.value("James's spool to empty", Duration.ofSeconds(60), () -> james.get("/mailQueues/spool"),
				queue -> queue.replace(" ", "").contains("\"size\":0"));
	}

	/** A saved plan is input like any file: nested past the limit or cut inside an escape, it is refused, one line. */
	@Test
	@Order(12)
	void aHostileSavedPlanIsRefusedNamingWhy() throws Exception {
		Path plan = Files.createTempFile("plan", ".json");
		try {
			Files.writeString(plan, "{\"entries\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
			assertEquals(2, mailbox.run("apply", workspace.toString(), "--server", "test", "--plan", plan.toString(), "--lang", "en"),
					mailbox.both());
			assertTrue(mailbox.err().contains("Cannot read the plan " + plan + ": JSON nested deeper than 64 levels"), mailbox.err());

			Files.writeString(plan, "{\"server\":\"test\\");
			assertEquals(2, mailbox.run("apply", workspace.toString(), "--server", "test", "--plan", plan.toString(), "--lang", "en"),
					mailbox.both());
			assertTrue(mailbox.err().contains("Cannot read the plan " + plan + ": JSON "), mailbox.err());
			assertEquals(1, mailbox.err().strip().lines().count(), "one line, no stack trace: " + mailbox.err());
		} finally {
			Files.delete(plan);
		}
	}
}
