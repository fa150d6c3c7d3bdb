package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.LookAlikes;
import cc.enet.mailbox.rules.QuickFixes;

/**
 * 髙 and 高 look the same at the console's font size: the finding and its quick fix name each by code point and
 * common name, in English and Japanese, and only where such characters make the difference.
 */
class LookAlikesTest {

	@Test
	void theFindingAndItsQuickFixNameBothCharactersInBothLanguages() {
		Fixture f = new Fixture();
		f.a.setDisplayName("髙橋 一郎");
		Finding finding = f.findings("displayname.unencodable").get(0);
		assertEquals("Sender name \"髙橋 一郎\" has characters that ISO-2022-JP cannot send (髙 U+9AD9 hashigodaka): they"
				+ " arrive as \"?\". Use \"高橋 一郎\" (高 U+9AD8 takai/kuchidaka) instead.", finding.message(Locale.ENGLISH));
		String japanese = finding.message(Locale.JAPANESE);
		assertTrue(japanese.contains("(髙 U+9AD9 はしごだか)") && japanese.contains("「高橋 一郎」(高 U+9AD8 たかい/くちだか)"), japanese);

		var fix = QuickFixes.forFinding(finding).orElseThrow();
		assertEquals("Change the sender name to \"高橋 一郎\" (高 U+9AD8 takai/kuchidaka)", fix.label(Locale.ENGLISH, finding));
		assertEquals("送信者の名前を「高橋 一郎」(高 U+9AD8 たかい/くちだか)に変更する", fix.label(Locale.JAPANESE, finding));
	}

	@Test
	void aCharacterWithoutATwinIsShownAsItIs() {
		Fixture f = new Fixture();
		f.a.setDisplayName("営業部①");
		Finding finding = f.findings("displayname.unencodable").get(0);
		assertTrue(finding.message(Locale.ENGLISH).contains("(①)"), finding.message(Locale.ENGLISH));
		assertFalse(finding.message(Locale.ENGLISH).contains("U+"), finding.message(Locale.ENGLISH));
		assertEquals("①", String.valueOf(finding.arguments().get(1)), "the argument itself stays the character (JSON)");
	}

	@Test
	void onlyTheLookAlikesThatTellTwoTextsApartAreNamed() {
		assertEquals(List.of(0x9AD9), LookAlikes.differing("髙橋", "高橋"));
		assertEquals(List.of(0x9AD8), LookAlikes.differing("高橋", "髙橋"));
		assertEquals(List.of(), LookAlikes.differing("高橋", "高田"), "the same 高 on both sides");
		assertEquals("髙 U+9AD9 はしごだか", LookAlikes.describeDiffering("髙橋", "高橋", Locale.JAPANESE));
		assertEquals("～ U+FF5E fullwidth tilde", LookAlikes.describeDiffering("東京～大阪", "東京〜大阪", Locale.ENGLISH));
		assertEquals("𠮷 U+20BB7 tsuchiyoshi", LookAlikes.describeDiffering("𠮷田", "吉田", Locale.ENGLISH));
	}
}
