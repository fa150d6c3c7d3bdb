package cc.enet.mailbox.connector.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.ui.review.ChangeWords;

/** The connector's stable English change and value texts, said in the console's words (the English run). */
class ChangeWordsTest {

	@BeforeEach
	void english() {
		assumeTrue(Locale.getDefault().getLanguage().equals("en"));
	}

	@Test
	void theAllowAndDenyListsAreNamedAsTheGuideNamesThem() {
		assertEquals("domain allow: enet-corp.com, enet.cc",
				ChangeWords.value(Field.ALLOW_DENY, "allow [] [enet-corp.com, enet.cc], deny [] []"));
		assertEquals("mail allow: a@b.jp; mail deny: x@y.jp; domain deny: spam.test",
				ChangeWords.value(Field.ALLOW_DENY, "allow [a@b.jp] [], deny [x@y.jp] [spam.test]"));
		assertEquals("none", ChangeWords.value(Field.ALLOW_DENY, "allow [] [], deny [] []"));
	}

	@Test
	void aChangeReadsAsASentence() {
		assertEquals("Set the allow/deny lists of tanaka@abc.jp to domain allow: enet.cc",
				ChangeWords.change("set filters of tanaka@abc.jp to allow [] [enet.cc], deny [] []"));
		assertEquals("Set the forwarding of a@abc.jp to b@abc.jp, c@abc.jp (keep mail on the server after forwarding)",
				ChangeWords.change("set forwarding of a@abc.jp to b@abc.jp;c@abc.jp (keep copy)"));
		assertEquals("Set the quota of a@abc.jp to 800 MB", ChangeWords.change("set quota of a@abc.jp to 800 MB"));
		assertEquals("Set how long the server keeps the mail of a@abc.jp: 14 days",
				ChangeWords.change("set retention of a@abc.jp to 14 days"));
		assertEquals("Take the forwarding of a@abc.jp from the server: none",
				ChangeWords.change("take forwarding of a@abc.jp from the server: -"));
		assertEquals("Reject spam for a@abc.jp", ChangeWords.change("reject spam for a@abc.jp"));
	}

	@Test
	void valuesAndResultsInWords() {
		assertEquals("yes", ChangeWords.value(Field.REJECT_VIRUS, "true"));
		assertEquals("no limit", ChangeWords.value(Field.RETENTION, "no limit"));
		assertEquals("\"Tanaka\"", ChangeWords.value(Field.DISPLAY_NAME, "\"Tanaka\""));
		assertEquals("not attempted", ChangeWords.result("not-attempted", false));
		assertEquals("2 mailboxes took the server's values", ChangeWords.message("2 mailboxes taken"));
	}

	@Test
	void aTextOfAnotherFormIsShownAsItIs() {
		assertEquals("rename a@abc.jp", ChangeWords.change("rename a@abc.jp"));
		assertEquals("quirk", ChangeWords.value(Field.ALLOW_DENY, "quirk"));
	}
}
