package cc.enet.mailbox.clientconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.SetupGate;
import cc.enet.mailbox.clientconfig.SetupProblem;
import cc.enet.mailbox.clientconfig.SetupRefusedException;
import cc.enet.mailbox.model.EnetGuide;

class SetupGateTest {

	final SetupFixture fixture = new SetupFixture();

	@Test
	void aValidMailboxGivesItsOwnAndItsDomainsSettings() throws Exception {
		ClientSetup setup = new SetupGate(fixture.workspace).forMailbox(fixture.tanaka);
		assertEquals("tanaka@sakura-trading.co.jp", setup.address());
		assertEquals("tanaka@sakura-trading.co.jp", setup.userName());
		assertEquals("田中 太郎", setup.displayName());
		assertEquals("pop.sakura-trading.co.jp", setup.pop3().host());
		assertEquals(995, setup.pop3().port());
		assertEquals(EnetGuide.IMAP_HOST, setup.imap().host());
		assertEquals(993, setup.imap().port());
		assertEquals("smtp.sakura-trading.co.jp", setup.smtp().host());
		assertEquals(465, setup.smtp().port());
		assertEquals(Retention.LEAVE_DAYS, setup.retention());
		assertEquals(14, setup.retentionDays());
		assertEquals(2048, setup.quotaMb());
		assertEquals(SendEncoding.ISO_2022_JP, setup.sendEncoding());
		assertEquals(List.of("suzuki@sakura-trading.co.jp"), setup.forwardTargets());
		assertEquals(List.of("spam-example.com"), setup.denyDomains());
		assertTrue(setup.rejectVirus());
	}

	@Test
	void anErrorRuleOfTheDomainRefusesEveryMailboxAndTheDomainFile() {
		SetupFixture.endpoint(fixture.sakura, Protocol.POP3).setTls(TlsMode.STARTTLS);
		SetupRefusedException refused = assertThrows(SetupRefusedException.class,
				() -> new SetupGate(fixture.workspace).forMailbox(fixture.suzuki));
		assertTrue(rules(refused).contains("tls.starttls"), rules(refused).toString());
		assertEquals("suzuki@sakura-trading.co.jp", refused.place());
		assertThrows(SetupRefusedException.class, () -> new SetupGate(fixture.workspace).forDomain(fixture.sakura));
	}

	@Test
	void anErrorRuleOfOneMailboxRefusesOnlyThatMailbox() throws Exception {
		fixture.tanaka.setDisplayName("髙橋 一郎"); // outside JIS X 0208: displayname.unencodable
		SetupGate gate = new SetupGate(fixture.workspace);
		SetupRefusedException refused = assertThrows(SetupRefusedException.class, () -> gate.forMailbox(fixture.tanaka));
		assertEquals(List.of("displayname.unencodable"), rules(refused));
		SetupProblem problem = refused.problems().get(0);
		assertTrue(problem.line(Locale.ENGLISH).startsWith("error displayname.unencodable tanaka@sakura-trading.co.jp "),
				problem.line(Locale.ENGLISH));
		assertEquals("suzuki@sakura-trading.co.jp", gate.forMailbox(fixture.suzuki).address());
		assertEquals("sakura-trading.co.jp", gate.forDomain(fixture.sakura).domain());
	}

	@Test
	void anEmptyHostIsRefusedNamingTheDomainAndTheProtocol() {
		SetupFixture.endpoint(fixture.sakura, Protocol.SMTP).setHost("");
		SetupRefusedException refused = assertThrows(SetupRefusedException.class,
				() -> new SetupGate(fixture.workspace).forMailbox(fixture.tanaka));
		SetupProblem problem = refused.problems().stream().filter(p -> p.ruleId().equals("endpoint.host")).findFirst()
				.orElseThrow();
		assertEquals("endpoints[SMTP].host", problem.field());
		assertTrue(problem.message(Locale.ENGLISH).contains("sakura-trading.co.jp"), problem.message(Locale.ENGLISH));
		assertTrue(problem.message(Locale.ENGLISH).contains("SMTP"));
		assertTrue(problem.message(Locale.JAPANESE).contains("sakura-trading.co.jp"), problem.message(Locale.JAPANESE));
		assertFalse(problem.message(Locale.JAPANESE).equals(problem.message(Locale.ENGLISH)));
		assertTrue(refused.summary(Locale.JAPANESE).contains("設定ファイルは作成できません"));
		// whether the rule or the gate reports it, it is reported once
		assertEquals(1, refused.problems().stream().filter(p -> p.ruleId().equals("endpoint.host")).count());
	}

	@Test
	void aDomainWithoutImapGetsFilesWithoutImap() throws Exception {
		fixture.sakura.getEndpoints().remove(SetupFixture.endpoint(fixture.sakura, Protocol.IMAP));
		assertNull(new SetupGate(fixture.workspace).forMailbox(fixture.tanaka).imap());
	}

	@Test
	void theDomainFileCarriesTheDomainDefaultsAndNoAddress() throws Exception {
		ClientSetup setup = new SetupGate(fixture.workspace).forDomain(fixture.sakura);
		assertTrue(setup.forDomainOnly());
		assertEquals(Retention.DELETE_AFTER_DOWNLOAD, setup.retention());
		assertEquals(List.of(), setup.forwardTargets());
	}

	private static List<String> rules(SetupRefusedException refused) {
		return refused.problems().stream().map(SetupProblem::ruleId).toList();
	}
}
