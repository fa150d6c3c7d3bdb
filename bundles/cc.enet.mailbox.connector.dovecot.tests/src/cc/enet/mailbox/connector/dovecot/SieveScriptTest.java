package cc.enet.mailbox.connector.dovecot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.connector.MailboxState.Filters;

class SieveScriptTest {

	private static final Filters ALL = new Filters(List.of("friend@good.test", "boss@abc.test"), List.of("partner.test"),
			List.of("spam@bad.test"), List.of("bad.test", "worse.test"), true, true);

	@Test
	void aScriptReadBackGivesTheSameFilters() {
		assertEquals(ALL, SieveScript.parse(SieveScript.of(ALL)));
		assertEquals(Filters.none(), SieveScript.parse(SieveScript.of(Filters.none())));
	}

	@Test
	void virusFirstThenAllowBeforeDenyThenSpam() {
		String script = SieveScript.of(ALL);
		int virus = script.indexOf("X-Virus-Status");
		int allow = script.indexOf("\"friend@good.test\"");
		int deny = script.indexOf("\"spam@bad.test\"");
		int spam = script.indexOf("X-Spam-Flag");
		assertTrue(virus < allow && allow < deny && deny < spam, script);
	}

	@Test
	void quotesAreEscapedAndComeBack() {
		Filters odd = new Filters(List.of("\"odd\\name\"@x.test"), List.of(), List.of(), List.of(), false, false);
		assertTrue(SieveScript.of(odd).contains("[\"\\\"odd\\\\name\\\"@x.test\"]"), SieveScript.of(odd));
		assertEquals(odd, SieveScript.parse(SieveScript.of(odd)));
	}

	@Test
	void aRuleEditedOnTheServerIsReadAsItStands() {
		String edited = SieveScript.of(ALL).replace("\"spam@bad.test\"", "\"spam@bad.test\", \"added@behind.test\"");
		assertEquals(List.of("added@behind.test", "spam@bad.test"), SieveScript.parse(edited).denyAddresses());
	}
}
