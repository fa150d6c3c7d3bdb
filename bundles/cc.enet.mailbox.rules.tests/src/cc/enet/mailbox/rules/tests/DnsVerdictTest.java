package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.DnsOutcome;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.rules.DnsAnswer;
import cc.enet.mailbox.rules.DnsVerdict;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.MailOff;

/** A DNS answer held against Enet's hosts, and the mail-off state it records (the answers are given here). */
class DnsVerdictTest {

	Domain domain;

	@BeforeEach
	void aDomainWithNotifiedHosts() {
		Workspace workspace = MailboxFactory.eINSTANCE.createWorkspace();
		workspace.getEnetHosts().add("MX1.Hetemail.Example");
		Customer customer = MailboxModels.newCustomer("c", "c");
		workspace.getCustomers().add(customer);
		domain = MailboxModels.newDomain("abc.jp");
		domain.getEndpoints().get(0).setHost("pop3.hetemail.example");
		customer.getDomains().add(domain);
	}

	private static DnsAnswer answer(boolean nxdomain, DnsAnswer.Mx... mx) {
		return new DnsAnswer("abc.jp", "127.0.0.1:53", Instant.parse("2026-12-01T00:00:00Z"), nxdomain, List.of(mx),
				Map.of("pop3.hetemail.example", List.of("192.0.2.1")));
	}

	@Test
	void anMxTargetIsEnetsWhenListedOrNotifiedAndEveryTargetMustBe() {
		assertEquals(DnsOutcome.ENET_MX, DnsVerdict.of(domain, answer(false, new DnsAnswer.Mx(10, "mx1.hetemail.example"))).outcome());
		assertEquals(DnsOutcome.ENET_MX, DnsVerdict.of(domain, answer(false, new DnsAnswer.Mx(5, "pop3.hetemail.example"))).outcome());
		DnsVerdict mixed = DnsVerdict.of(domain, answer(false, new DnsAnswer.Mx(10, "mx1.hetemail.example"),
				new DnsAnswer.Mx(20, "backup.elsewhere.example")));
		assertEquals(DnsOutcome.MX_ELSEWHERE, mixed.outcome());
		Finding finding = mixed.findings().get(0);
		assertEquals("dns.mx", finding.ruleId());
		assertTrue(finding.message(Locale.ENGLISH).contains("backup.elsewhere.example is not Enet's"), finding.message(Locale.ENGLISH));
		assertEquals(List.of("MX 10 mx1.hetemail.example", "MX 20 backup.elsewhere.example", "A pop3.hetemail.example 192.0.2.1"),
				mixed.records());
	}

	@Test
	void noMxTheNullMxAndNoSuchDomainAreMailOff() {
		assertEquals(DnsOutcome.NO_MX, DnsVerdict.of(domain, answer(false)).outcome());
		assertEquals(DnsOutcome.NO_MX, DnsVerdict.of(domain, answer(false, new DnsAnswer.Mx(0, ""))).outcome(), "RFC 7505");
		assertEquals(DnsOutcome.NXDOMAIN, DnsVerdict.of(domain, answer(true)).outcome());
		assertTrue(DnsVerdict.of(domain, answer(true)).findings().get(0).message(Locale.JAPANESE)
				.contains("MX(メールサーバー)関連の ZONE 設定変更や DNS 変更などをすると、現在御利用中のメールサービスが無効化されます"));
	}

	@Test
	void recordingKeepsSinceWhenWhileOffAndEnetsMxClearsIt() {
		DnsVerdict.of(domain, answer(false, new DnsAnswer.Mx(10, "mx.elsewhere.example"))).record();
		Date since = domain.getDnsCheck().getMailOffSince();
		assertTrue(domain.isDnsExternal());
		DnsAnswer later = new DnsAnswer("abc.jp", "127.0.0.1:53", Instant.parse("2026-12-02T00:00:00Z"), true, List.of(), Map.of());
		DnsVerdict.of(domain, later).record();
		assertEquals(since, domain.getDnsCheck().getMailOffSince(), "off since the first check that found it");
		assertEquals(DnsOutcome.NXDOMAIN, domain.getDnsCheck().getOutcome());
		MailOff off = MailOff.of(domain).orElseThrow();
		assertTrue(off.message(Locale.ENGLISH).contains("No such domain (NXDOMAIN) since"), off.message(Locale.ENGLISH));

		DnsVerdict.of(domain, answer(false, new DnsAnswer.Mx(10, "mx1.hetemail.example"))).record();
		assertFalse(domain.isDnsExternal());
		assertNull(domain.getDnsCheck().getMailOffSince());
		assertTrue(MailOff.of(domain).isEmpty());
	}

	@Test
	void staffCanRecordEitherStateAndTheLostOptionOutlivesEnetsMx() {
		domain.setDnsExternal(true); // ticked by staff, as in workspaces saved before the check existed
		assertTrue(MailOff.of(domain).orElseThrow().message(Locale.ENGLISH).contains("as staff recorded (not checked)"));
		domain.setMailOptionLost(true);
		DnsVerdict.of(domain, answer(false, new DnsAnswer.Mx(10, "mx1.hetemail.example"))).record();
		assertEquals(MailOff.Reason.OPTION_LOST, MailOff.of(domain).orElseThrow().reason());
		assertTrue(domain.isMailOptionLost(), "never cleared by a check");
	}
}
