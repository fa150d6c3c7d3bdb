package cc.enet.mailbox.connector.james.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.connector.james.JamesConnectorFactory;
import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.MailboxCli;
import cc.enet.mailbox.test.support.ServerPerClass;

/**
 * A fleet of two real James, both running at once: a workspace with a domain on each (and one on none), plan and
 * apply with --all-servers, a domain moved from one to the other (created on the new one, removed from the old one
 * only after --confirm-removal, read back from both), then one server killed while the other is applied.
 * <p>One flow, in order, on purpose: each step starts from what the step before left on both servers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetToJamesTest {

	private static final String PW = "Fleet-Pa55word";
	@RegisterExtension
	static final ServerPerClass<JamesServer> JAMES_A = ServerPerClass.of(() -> new JamesServer("fleet-a", 50100).start(),
			JamesServer::stop);
	@RegisterExtension
	static final ServerPerClass<JamesServer> JAMES_B = ServerPerClass.of(() -> new JamesServer("fleet-b", 50200).start(),
			JamesServer::stop);
	private static final MailboxCli mailbox = new MailboxCli(new JamesConnectorFactory());
	private static Path dir;
	private static String ws;

	@BeforeAll
	static void aWorkspaceWithADomainOnEachServer() throws Exception {
		dir = Files.createTempDirectory("mailbox-fleet");
		ws = dir.resolve("ws").toString();
		Path mailboxes = write("m.csv", """
				address,quota_mb,password
				tanaka@abc.test,1024,%1$s
				sato@abc.test,1024,%1$s
				yamada@xyz.test,2048,%1$s
				kato@nowhere.test,1024,%1$s
				""".formatted(PW));
		assertEquals(0, mailbox.run("import", mailboxes.toString(), "--into", ws), mailbox.both());
		assertEquals(0, mailbox.run("server", "add", ws, "a", "--kind", "james", "--url", JAMES_A.get().webAdminUrl()),
				mailbox.both());
		assertEquals(0, mailbox.run("server", "add", ws, "b", "--kind", "james", "--url", JAMES_B.get().webAdminUrl()),
				mailbox.both());
		Path domains = write("d.csv", """
				domain,pop3_host,smtp_host,server
				abc.test,pop3.hetemail.jp,smtp.hetemail.jp,a
				xyz.test,pop3.hetemail.jp,smtp.hetemail.jp,b
				nowhere.test,pop3.hetemail.jp,smtp.hetemail.jp,
				""");
		assertEquals(0, mailbox.run("import", domains.toString(), "--into", ws), mailbox.both());
	}

	private static Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	/** The part of the report under "== Server NAME ==", up to the next server's. */
	private static String section(String out, String server) {
		int start = out.indexOf("== Server " + server + " ==");
		assertTrue(start >= 0, out);
		int end = out.indexOf("== Server ", start + 1);
		return out.substring(start, end < 0 ? out.length() : end);
	}

	private static String users(JamesServer james) throws Exception {
		return james.get("/users");
	}

	@Test
	@Order(1)
	void aDomainCsvNamingAServerTheWorkspaceLacksIsRefusedWithItsPlace() throws Exception {
		Path bad = write("bad.csv", "domain,server\nabc.test,c\n");
		assertEquals(2, mailbox.run("import", bad.toString(), "--into", ws, "--lang", "en"), mailbox.both());
		assertTrue(mailbox.err().contains("bad.csv:2: server:"), mailbox.err());
		assertTrue(mailbox.err().contains("server c is not a server of this workspace (its servers: a, b)"), mailbox.err());
		assertEquals(0, mailbox.run("validate", ws, "--lang", "en"), mailbox.both());
		assertTrue(mailbox.out().contains("domain.server") && mailbox.out().contains("nowhere.test"), mailbox.out());
	}

	@Test
	@Order(2)
	void planOfAllServersShowsEachServerWithItsOwnDomainsOnly() {
		assertEquals(0, mailbox.run("plan", ws, "--all-servers", "--lang", "en"), mailbox.both());
		String a = section(mailbox.out(), "a");
		String b = section(mailbox.out(), "b");
		assertTrue(a.contains("create    abc.test (domain)") && a.contains("create    tanaka@abc.test"), a);
		assertFalse(a.contains("xyz.test"), a);
		assertTrue(b.contains("create    xyz.test (domain)") && b.contains("create    yamada@xyz.test"), b);
		assertFalse(b.contains("abc.test"), b);
		for (String section : new String[] { a, b }) {
			assertTrue(section.contains("left out  nowhere.test"), section);
			assertFalse(section.contains("create    kato@nowhere.test"), section);
		}
		assertTrue(mailbox.out().contains("Planned 2 servers: 2 read, 0 not."), mailbox.out());
	}

	@Test
	@Order(3)
	void applyToAllServersWritesEachDomainToItsOwnServer() throws Exception {
		assertEquals(0, mailbox.run("apply", ws, "--all-servers", "--lang", "en"), mailbox.both());
		assertTrue(mailbox.out().contains("Applied to 2 servers: 2 went through, 0 did not."), mailbox.out());
		assertFalse(mailbox.both().contains(PW), "no password in the output");
		String onA = users(JAMES_A.get());
		String onB = users(JAMES_B.get());
		assertTrue(onA.contains("tanaka@abc.test") && onA.contains("sato@abc.test"), onA);
		assertFalse(onA.contains("yamada@xyz.test") || onA.contains("kato@nowhere.test"), onA);
		assertTrue(onB.contains("yamada@xyz.test"), onB);
		assertFalse(onB.contains("abc.test") || onB.contains("kato@nowhere.test"), onB);
		assertEquals(0, mailbox.run("audit", "verify", ws), mailbox.both());
		assertEquals(0, mailbox.run("plan", ws, "--all-servers", "--refresh", "--lang", "en"), mailbox.both());
		assertTrue(section(mailbox.out(), "a").contains("Plan for server a: 0 changes"), mailbox.out());
		assertTrue(section(mailbox.out(), "b").contains("Plan for server b: 0 changes"), mailbox.out());
	}

	@Test
	@Order(4)
	void aMovedDomainIsCreatedOnItsNewServerAndLeavesTheOldOneOnlyWhenConfirmed() throws Exception {
		assertEquals(0, mailbox.run("import", write("move.csv", "domain,server\nabc.test,b\n").toString(), "--into", ws),
				mailbox.both());
		// the initial passwords were handed to server a; staff hand them over for b (an import with passwords)
		assertEquals(0, mailbox.run("import", write("pw.csv", """
				address,password
				tanaka@abc.test,%1$s
				sato@abc.test,%1$s
				""".formatted(PW)).toString(), "--into", ws), mailbox.both());
		assertEquals(0, mailbox.run("plan", ws, "--all-servers", "--lang", "en"), mailbox.both());
		String a = section(mailbox.out(), "a");
		assertTrue(a.contains("remove    tanaka@abc.test (its domain abc.test moved to server b, which does not hold it yet"), a);
		assertTrue(section(mailbox.out(), "b").contains("create    tanaka@abc.test"), mailbox.out());

		assertEquals(0, mailbox.run("apply", ws, "--all-servers", "--confirm-removal", "abc.test", "--lang", "en"),
				mailbox.both());
		assertTrue(users(JAMES_B.get()).contains("tanaka@abc.test"), "created on b");
		assertTrue(users(JAMES_A.get()).contains("tanaka@abc.test"), "never removed before b holds it");

		assertEquals(0, mailbox.run("apply", ws, "--server", "a", "--lang", "en"), mailbox.both());
		assertTrue(mailbox.out().contains("2 mailboxes of domains moved to another server stay on a"), mailbox.out());
		assertTrue(users(JAMES_A.get()).contains("tanaka@abc.test"), "not confirmed: still on a");

		assertEquals(0, mailbox.run("plan", ws, "--server", "a", "--lang", "en"), mailbox.both());
		assertTrue(mailbox.out().contains("removed from a only by apply --confirm-removal abc.test"), mailbox.out());
		assertEquals(0, mailbox.run("apply", ws, "--server", "a", "--confirm-removal", "abc.test", "--lang", "en"),
				mailbox.both());
		String onA = users(JAMES_A.get());
		String onB = users(JAMES_B.get());
		assertFalse(onA.contains("tanaka@abc.test") || onA.contains("sato@abc.test"), onA);
		assertTrue(onB.contains("tanaka@abc.test") && onB.contains("sato@abc.test") && onB.contains("yamada@xyz.test"), onB);
		assertEquals(0, mailbox.run("plan", ws, "--all-servers", "--refresh", "--lang", "en"), mailbox.both());
		assertFalse(mailbox.out().contains("remove    "), mailbox.out());
		assertTrue(section(mailbox.out(), "b").contains("Plan for server b: 0 changes"), mailbox.out());
		assertEquals(0, mailbox.run("audit", "verify", ws), mailbox.both());
	}

	@Test
	@Order(5)
	void oneServerDownDoesNotStopTheOther() throws Exception {
		assertEquals(0, mailbox.run("import", write("quota.csv", """
				address,quota_mb,password
				yamada@xyz.test,3072,
				suzuki@new.test,1024,%s
				""".formatted(PW)).toString(), "--into", ws), mailbox.both());
		assertEquals(0, mailbox.run("import", write("new.csv", """
				domain,pop3_host,smtp_host,server
				new.test,pop3.hetemail.jp,smtp.hetemail.jp,a
				""").toString(), "--into", ws), mailbox.both());
		JAMES_A.get().kill(); // a has a domain to create now, and cannot be reached
		assertEquals(3, mailbox.run("apply", ws, "--all-servers", "--lang", "en"), mailbox.both());
		assertTrue(section(mailbox.out(), "a").contains("Server a was not applied"), mailbox.out());
		assertTrue(section(mailbox.out(), "b").contains("Applied to b: 1 done, 0 failed"), mailbox.out());
		assertTrue(mailbox.out().contains("Applied to 2 servers: 1 went through, 1 did not."), mailbox.out());
		String quota = JAMES_B.get().get("/quota/users/yamada@xyz.test");
		assertTrue(quota.contains(String.valueOf(3072L * 1024 * 1024)), quota);
		assertEquals(0, mailbox.run("plan", ws, "--server", "b", "--lang", "en"), mailbox.both());
		assertTrue(mailbox.out().contains("Plan for server b: 0 changes"), "b's new base was saved: " + mailbox.out());
	}
}
