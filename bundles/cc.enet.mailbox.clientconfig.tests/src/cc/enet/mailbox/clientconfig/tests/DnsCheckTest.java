package cc.enet.mailbox.clientconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.DnsCheck;
import cc.enet.mailbox.DnsOutcome;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.test.support.Await;
import cc.enet.mailbox.test.support.DnsServer;
import cc.enet.mailbox.test.support.MailboxCli;

/**
 * mailbox dns, the probe's DNS step and the refusals that follow, against a real DNS server (dnsmasq) started here on
 * 127.0.0.1:53500 with test zones: MX to a host in Enet's list, MX to a notified host, MX elsewhere, no MX, no such
 * domain; and a resolver that never answers (53599).
 */
class DnsCheckTest {

	static final int PORT = 53500;
	static final String ENET_MX = "mx1.hetemail.example";
	static final String ELSEWHERE = "mx.other-provider.example";

	private static DnsServer dns;

	@TempDir
	Path dir;
	Path ws;
	final MailboxCli mailbox = new MailboxCli();

	@BeforeAll
	static void startDns() throws Exception {
		dns = zones(new DnsServer(PORT)).mx("moved.test", ELSEWHERE, 10).start();
	}

	@AfterAll
	static void stopDns() throws Exception {
		dns.close();
	}

	/** Every zone but moved.test, whose MX each test server gives as it needs. */
	static DnsServer zones(DnsServer server) {
		return server.zone("test").zone("example").zone("hetemail.jp")
				.mx("enet.test", ENET_MX, 10)
				.mx("notified.test", "pop3.hetemail.example", 10)
				.a("nomx.test", "127.0.0.20")
				.mx("mixed.test", ENET_MX, 10).mx("mixed.test", ELSEWHERE, 20)
				.mx("nohost.test", ENET_MX, 10)
				.a(ENET_MX, "127.0.0.10").a("pop3.hetemail.example", "127.0.0.11")
				.a("smtp.hetemail.example", "127.0.0.12").a("imap4.hetemail.jp", "127.0.0.13");
	}

	@BeforeEach
	void workspace() throws Exception {
		ws = dir.resolve("ws");
		MailboxWorkspace workspace = WorkspaceStore.create(ws, "DNS");
		workspace.root().getEnetHosts().add(ENET_MX);
		Customer customer = MailboxModels.newCustomer("c", "Customer");
		workspace.root().getCustomers().add(customer);
		for (String name : List.of("enet.test", "notified.test", "moved.test", "nomx.test", "gone.test", "mixed.test",
				"nohost.test")) {
			Domain domain = MailboxModels.newDomain(name);
			host(domain, Protocol.POP3, "pop3.hetemail.example");
			host(domain, Protocol.SMTP, name.equals("nohost.test") ? "smtp.missing.example" : "smtp.hetemail.example");
			domain.getMailboxes().add(MailboxModels.newMailbox(domain, "info@" + name));
			customer.getDomains().add(domain);
		}
		WorkspaceStore.save(workspace);
	}

	@Test
	void eachDomainsMxIsHeldAgainstEnetsHostsAndRecorded() throws Exception {
		assertEquals(1, mailbox.run("dns", ws.toString(), "--all", "--resolver", dns.resolver(), "--lang", "en"), mailbox.both());
		String out = mailbox.out();
		assertTrue(out.contains("error dns.mx moved.test dnsCheck: MX of moved.test points away from Enet: " + ELSEWHERE
				+ " is not Enet's (records seen: MX 10 " + ELSEWHERE), out);
		assertTrue(out.contains("asked 127.0.0.1:" + PORT), out);
		assertTrue(out.contains("error dns.mx nomx.test dnsCheck: nomx.test has no MX record"), out);
		assertTrue(out.contains("error dns.mx gone.test dnsCheck: gone.test does not exist in DNS (NXDOMAIN"), out);
		assertTrue(out.contains("error dns.mx mixed.test dnsCheck: MX of mixed.test points away from Enet: " + ELSEWHERE), out);
		assertTrue(out.contains("warning dns.host nohost.test endpoints.host: Host smtp.missing.example"), out);
		assertFalse(out.contains("dns.mx enet.test") || out.contains("dns.mx notified.test") || out.contains("dns.mx nohost.test"), out);
		assertTrue(out.contains("7 of 7 domains checked through 127.0.0.1:" + PORT), out);

		MailboxWorkspace saved = WorkspaceStore.open(ws);
		assertOutcome(saved, "enet.test", DnsOutcome.ENET_MX, false);
		assertOutcome(saved, "notified.test", DnsOutcome.ENET_MX, false);
		assertOutcome(saved, "moved.test", DnsOutcome.MX_ELSEWHERE, true);
		assertOutcome(saved, "nomx.test", DnsOutcome.NO_MX, true);
		assertOutcome(saved, "gone.test", DnsOutcome.NXDOMAIN, true);
		DnsCheck moved = saved.findDomain("moved.test").orElseThrow().getDnsCheck();
		assertEquals("127.0.0.1:" + PORT, moved.getResolver());
		assertEquals(List.of("MX 10 " + ELSEWHERE, "A imap4.hetemail.jp 127.0.0.13", "A pop3.hetemail.example 127.0.0.11",
				"A smtp.hetemail.example 127.0.0.12"), moved.getRecords());
		assertNotNull(moved.getMailOffSince());
		assertNull(saved.findDomain("enet.test").orElseThrow().getDnsCheck().getMailOffSince());
	}

	@Test
	void jsonIsValidatesObject() {
		assertEquals(1, mailbox.run("dns", ws.toString(), "--domain", "moved.test", "--resolver", dns.resolver(),
				"--format", "json", "--lang", "en"), mailbox.both());
		assertTrue(mailbox.out().startsWith("{\"diagnostics\":[\n{\"rule\":\"dns.mx\",\"severity\":\"error\",\"mailbox\":null,"
				+ "\"domain\":\"moved.test\",\"feature\":\"dnsCheck\""), mailbox.out());
		assertTrue(mailbox.out().contains("\"summary\":{\"errors\":1,\"warnings\":0,\"infos\":0}"), mailbox.out());
		assertEquals(0, mailbox.run("dns", ws.toString(), "--domain", "enet.test", "--resolver", dns.resolver(),
				"--format", "json"), mailbox.both());
	}

	@Test
	void whileTheMailIsOffNothingGoesOutWithoutAskingDnsAgainAndEnetsMxClearsIt() throws Exception {
		assertEquals(1, mailbox.run("dns", ws.toString(), "--domain", "moved.test", "--resolver", dns.resolver()));
		Path sheet = dir.resolve("sheet.pdf");
		// no resolver is given from here on: setup and send-setup read what was recorded
		assertEquals(1, mailbox.run("setup", ws.toString(), "--mailbox", "info@moved.test", "--format", "sheet", "--out",
				sheet.toString(), "--lang", "en"), mailbox.both());
		assertTrue(mailbox.err().contains("error dns.mx moved.test dnsExternal: The mail service of moved.test is disabled: "
				+ "MX points elsewhere since"), mailbox.err());
		assertTrue(mailbox.err().contains("records seen: MX 10 " + ELSEWHERE), mailbox.err());
		assertFalse(sheet.toFile().exists());
		assertEquals(0, mailbox.run("staff-mail", ws.toString(), "--host", "smtp.hetemail.example", "--user", "staff@enet.test"),
				mailbox.both());
		assertEquals(1, mailbox.run("send-setup", ws.toString(), "--mailbox", "info@moved.test", "--to", "boss@moved.test",
				"--lang", "ja"), mailbox.both());
		assertTrue(mailbox.err().contains("moved.test のメールサービスは無効化されています"), mailbox.err());
		assertTrue(mailbox.err().contains("現在御利用中のメールサービスが無効化されます"), mailbox.err());
		assertEquals(1, mailbox.run("publish", ws.toString(), "--out", dir.resolve("pub").toString()), mailbox.both());
		assertTrue(mailbox.err().contains("dns.mx moved.test"), mailbox.err());

		try (DnsServer back = zones(new DnsServer(PORT + 1)).mx("moved.test", ENET_MX, 10).start()) {
			assertEquals(0, mailbox.run("dns", ws.toString(), "--domain", "moved.test", "--resolver", back.resolver()),
					mailbox.both());
		}
		Domain moved = WorkspaceStore.open(ws).findDomain("moved.test").orElseThrow();
		assertFalse(moved.isDnsExternal());
		assertEquals(DnsOutcome.ENET_MX, moved.getDnsCheck().getOutcome());
		assertEquals(0, mailbox.run("setup", ws.toString(), "--mailbox", "info@moved.test", "--format", "thunderbird",
				"--out", dir.resolve("config.xml").toString()), mailbox.both());
	}

	@Test
	void mailOffSinceIsTheFirstCheckThatFoundItWhileItStaysOff() throws Exception {
		assertEquals(1, mailbox.run("dns", ws.toString(), "--domain", "moved.test", "--resolver", dns.resolver()));
		Date first = WorkspaceStore.open(ws).findDomain("moved.test").orElseThrow().getDnsCheck().getMailOffSince();
		Await.until("the clock to pass the first check", Duration.ofSeconds(5), () -> new Date().after(first));
		assertEquals(1, mailbox.run("dns", ws.toString(), "--domain", "moved.test", "--resolver", dns.resolver()));
		DnsCheck again = WorkspaceStore.open(ws).findDomain("moved.test").orElseThrow().getDnsCheck();
		assertEquals(first, again.getMailOffSince());
		assertTrue(again.getCheckedAt().after(first), "checked again, later");
	}

	@Test
	void anOptionLostToTheCoursesForwardingStaysOffWhateverDnsSays() throws Exception {
		MailboxWorkspace workspace = WorkspaceStore.open(ws);
		workspace.findDomain("enet.test").orElseThrow().setMailOptionLost(true);
		WorkspaceStore.save(workspace);
		assertEquals(0, mailbox.run("dns", ws.toString(), "--domain", "enet.test", "--resolver", dns.resolver()));
		assertEquals(1, mailbox.run("setup", ws.toString(), "--mailbox", "info@enet.test", "--format", "thunderbird",
				"--out", dir.resolve("config.xml").toString(), "--lang", "en"), mailbox.both());
		assertTrue(mailbox.err().contains("error domain.forwarding.conflict enet.test mailOptionLost: The mail option of "
				+ "enet.test was disabled by the course's free mail forwarding and cannot be restored"), mailbox.err());
		assertTrue(WorkspaceStore.open(ws).findDomain("enet.test").orElseThrow().isMailOptionLost());
	}

	@Test
	void aResolverThatDoesNotAnswerIsAClearTimeoutAndExit3() throws Exception {
		try (DatagramSocket silent = new DatagramSocket(53599, InetAddress.getLoopbackAddress())) {
			long start = System.nanoTime();
			assertEquals(3, mailbox.run("dns", ws.toString(), "--all", "--resolver", "127.0.0.1:53599", "--lang", "en"),
					mailbox.both());
			long seconds = (System.nanoTime() - start) / 1_000_000_000L;
			assertTrue(seconds >= 5 && seconds < 15, "2 s + 4 s, once: " + seconds + " s");
		}
		assertTrue(mailbox.err().contains("DNS server 127.0.0.1:53599 gave no answer for enet.test within 6 s (2 tries)"),
				mailbox.err());
		assertTrue(mailbox.err().contains("Nothing was recorded."), mailbox.err());
		assertTrue(mailbox.out().contains("0 of 7 domains checked"), mailbox.out());
		WorkspaceStore.open(ws).root().getCustomers().get(0).getDomains()
				.forEach(d -> assertNull(d.getDnsCheck(), d.getName()));
	}

	@Test
	void probeWithAResolverBeginsWithTheDnsStep() {
		mailbox.run("probe", ws.toString(), "--domain", "moved.test", "--resolver", dns.resolver(), "--lang", "en");
		assertTrue(mailbox.out().contains("FAIL moved.test DNS 127.0.0.1:" + PORT + " dns "), mailbox.out());
		assertTrue(mailbox.out().contains("MX points elsewhere: MX 10 " + ELSEWHERE), mailbox.out());
		mailbox.run("probe", ws.toString(), "--domain", "enet.test", "--resolver", dns.resolver(), "--lang", "en");
		assertTrue(mailbox.out().contains("ok   enet.test DNS 127.0.0.1:" + PORT + " dns "), mailbox.out());
	}

	@Test
	void badUsageIsExit2() {
		assertEquals(2, mailbox.run("dns", ws.toString(), "--all", "--resolver", "nowhere"));
		assertTrue(mailbox.err().contains("HOST:PORT"), mailbox.err());
		assertEquals(2, mailbox.run("dns", ws.toString()));
		assertEquals(2, mailbox.run("dns", ws.toString(), "--domain", "unknown.test", "--resolver", dns.resolver()));
	}

	private static void assertOutcome(MailboxWorkspace workspace, String name, DnsOutcome outcome, boolean off) {
		Domain domain = workspace.findDomain(name).orElseThrow();
		assertEquals(outcome, domain.getDnsCheck().getOutcome(), name);
		assertEquals(off, domain.isDnsExternal(), name);
	}

	private static void host(Domain domain, Protocol protocol, String host) {
		domain.getEndpoints().stream().filter(e -> e.getProtocol() == protocol).findFirst().orElseThrow().setHost(host);
	}
}
