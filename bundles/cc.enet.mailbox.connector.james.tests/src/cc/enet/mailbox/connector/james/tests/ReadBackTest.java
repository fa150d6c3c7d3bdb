package cc.enet.mailbox.connector.james.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.MailboxState.Forwarding;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.connector.james.JamesConnectorFactory;
import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.MailboxCli;
import cc.enet.mailbox.test.support.SharedServer;

/**
 * Apply as James sees it through a relay: a server that answers 204 to creating a domain and keeps nothing is caught
 * by reading back, and the writes reach James one at a time (its in-memory stores lose entries under parallel
 * writes); a full read holds what the read of each mailbox holds.
 */
class ReadBackTest {

	private static final String PW = "Test-Pa55word";
	@RegisterExtension
	static final SharedServer<JamesServer> JAMES = SharedJames.JAMES;
	private static JamesServer james;

	@BeforeAll
	static void startJames() throws Exception {
		james = JAMES.get();
	}

	@Test
	void aDomainTheServerDoesNotKeepIsReportedFailedAndItsMailboxesSkipped() throws Exception {
		MailboxCli mailbox = new MailboxCli(new JamesConnectorFactory());
		Path workspace = workspace("address,password\na@lost.test," + PW + "\nb@lost.test," + PW + "\n", mailbox, "lost.test");
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
		}
	}

	@Test
	void writesReachJamesOneAtATimeAndEveryAccountIsKept() throws Exception {
		MailboxCli mailbox = new MailboxCli(new JamesConnectorFactory());
		StringBuilder csv = new StringBuilder("address,quota_mb,forward_to,forward_keep_copy,password\n");
		for (int i = 0; i < 120; i++) {
			String domain = "w" + (i % 3) + ".test";
			csv.append(String.format(Locale.ROOT, "u%03d@%s,%d,%s,%s,%s%n", i, domain, 100 + i,
					i % 5 == 1 ? "u000@w0.test" : "", i % 5 == 1 ? "yes" : "no", PW));
		}
		Path workspace = workspace(csv.toString(), mailbox, "w0.test", "w1.test", "w2.test");
		try (ForgetfulProxy relay = new ForgetfulProxy(james.webAdminUrl(), request -> false)) {
			mailbox.run("server", "add", workspace.toString(), "relayed", "--kind", "james", "--url", relay.url());

			assertEquals(0, mailbox.run("apply", workspace.toString(), "--server", "relayed", "--lang", "en"), mailbox.both());

			assertTrue(mailbox.out().contains(" 0 failed, 0 skipped, 0 not attempted"), mailbox.out());
			assertEquals(1, relay.mostWritesAtOnce(), "the apply's workers write one at a time");
			assertEquals(0, mailbox.run("plan", workspace.toString(), "--server", "relayed", "--refresh", "--lang", "en"),
					mailbox.both());
			assertTrue(mailbox.out().contains(": 0 changes, 0 conflicts, 0 unmanaged"), "nothing lost: " + mailbox.out());
		}
	}

	/**
	 * A full read (every quota and usage in one request, every forward mapping in another) holds what reading each
	 * mailbox on its own holds: quotas, forward targets, keeping a copy, none.
	 */
	@Test
	void aFullReadEqualsTheReadOfEachMailbox() throws Exception {
		MailServer server = MailboxFactory.eINSTANCE.createMailServer();
		server.setName("direct");
		server.setKind("james");
		server.setUrl(james.webAdminUrl());
		String domain = "full.test";
		List<String> users = List.of("a@" + domain, "b@" + domain, "c@" + domain, "d@" + domain);
		try (Connector connector = new JamesConnectorFactory().open(server, (char[]) null)) {
			connector.apply(new Change.CreateDomain(domain), null);
			for (String user : users) {
				connector.apply(new Change.CreateMailbox(user, domain), PW.toCharArray());
			}
			Forwarding none = new Forwarding(List.of(), false);
			connector.apply(new Change.SetQuota("a@" + domain, domain, 300), null);
			connector.apply(new Change.SetForwarding("b@" + domain, domain, new Forwarding(List.of("a@" + domain, "out@remote.test"), true), none), null);
			connector.apply(new Change.SetForwarding("c@" + domain, domain, new Forwarding(List.of("out@remote.test"), false), none), null);

			ServerSnapshot all = connector.read(Set.of(domain), new NullProgressMonitor());
			assertEquals(Set.copyOf(users), all.mailboxes().keySet());
			for (String user : users) {
				ServerSnapshot one = connector.readMailboxes(Set.of(user), new NullProgressMonitor());
				assertEquals(one.mailboxes().get(user), all.mailboxes().get(user), user);
				assertEquals(one.usedBytes().get(user), all.usedBytes().get(user), user);
			}
			assertEquals(300, all.mailboxes().get("a@" + domain).quotaMb());
			assertEquals(new Forwarding(List.of("a@" + domain, "out@remote.test"), true), all.mailboxes().get("b@" + domain).forwarding());
			assertEquals(none, all.mailboxes().get("d@" + domain).forwarding());
		}
	}

	private static Path workspace(String mailboxCsv, MailboxCli mailbox, String... domains) throws Exception {
		Path dir = Files.createTempDirectory("mailbox-readback");
		Path workspace = dir.resolve("ws");
		Path csv = dir.resolve("m.csv");
		Files.writeString(csv, mailboxCsv);
		mailbox.importNotifiedHosts(workspace, domains);
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", workspace.toString()), mailbox.both());
		mailbox.importNotifiedHosts(workspace, domains);
		return workspace;
	}
}
