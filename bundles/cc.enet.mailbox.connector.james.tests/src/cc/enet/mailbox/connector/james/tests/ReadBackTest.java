package cc.enet.mailbox.connector.james.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.connector.james.JamesConnectorFactory;
import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.MailboxCli;

/**
 * A server that answers 204 to creating a domain and keeps nothing: apply reads it back, reports the domain failed
 * (not done) within its one deadline, and skips the mailboxes that depend on it.
 */
class ReadBackTest {

	private static final String PW = "Test-Pa55word";

	@Test
	void aDomainTheServerDoesNotKeepIsReportedFailedAndItsMailboxesSkipped() throws Exception {
		MailboxCli mailbox = new MailboxCli(new JamesConnectorFactory());
		Path dir = Files.createTempDirectory("mailbox-readback");
		Path workspace = dir.resolve("ws");
		Path csv = dir.resolve("m.csv");
		Files.writeString(csv, "address,password\na@lost.test," + PW + "\nb@lost.test," + PW + "\n");
		mailbox.importNotifiedHosts(workspace, "lost.test");
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", workspace.toString()), mailbox.both());
		mailbox.importNotifiedHosts(workspace, "lost.test");
		JamesServer james = new JamesServer("readback", 46000).start();
		System.setProperty("mailbox.apply.deadlineMillis", "2000");
		try (ForgetfulProxy proxy = new ForgetfulProxy(james.webAdminUrl(), request -> request.startsWith("PUT /domains/"))) {
			mailbox.run("server", "add", workspace.toString(), "forgetful", "--kind", "james", "--url", proxy.url());
			long start = System.nanoTime();

			assertEquals(1, mailbox.run("apply", workspace.toString(), "--server", "forgetful", "--lang", "en"), mailbox.both());

			assertTrue(mailbox.out().contains("failed create domain lost.test"), mailbox.out());
			assertTrue(mailbox.out().contains("did not keep: create domain lost.test"), mailbox.out());
			assertTrue(mailbox.out().contains("skipped create mailbox a@lost.test"), mailbox.out());
			assertTrue((System.nanoTime() - start) / 1_000_000_000L < 20, "one deadline, not nested retries");
		} finally {
			System.clearProperty("mailbox.apply.deadlineMillis");
			james.stop();
		}
	}
}
