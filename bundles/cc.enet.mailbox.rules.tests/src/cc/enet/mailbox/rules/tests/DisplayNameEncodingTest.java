package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cc.enet.mailbox.clientconfig.mail.MailClassLoader;
import cc.enet.mailbox.rules.DisplayNames;
import jakarta.mail.internet.MimeUtility;

/**
 * The sender-name check agrees with the encoder the product sends mail with: Jakarta Mail writing an RFC 2047 word in
 * ISO-2022-JP. Accepted names arrive identical; names whose round trip breaks are refused.
 */
class DisplayNameEncodingTest {

	private static String roundTrip(String name) throws Exception {
		return MailClassLoader.call(() -> MimeUtility.decodeText(MimeUtility.encodeText(name, DisplayNames.CHARSET_NAME, "B")));
	}

	/** Every JIS X 0208 row the staff type from (kana, kanji, symbols) and the usual trouble-makers around them. */
	private static List<String> corpus() {
		List<String> names = new ArrayList<>(List.of("田中 太郎", "髙橋 一郎", "山﨑", "営業部①", "第Ⅱ営業部", "㈱サクラ",
				"ｱｵｷ 商店", "Taro \uD83D\uDE00", "営業部～東京", "営業部〜東京", "東京－本社", "東京−本社", "A―B", "A—B", "‖∥",
				"￠￡￢", "¢£¬", "Taro\u00A0Tanaka", "田中\u200D太郎", "田中\u3000太郎", "𠮷野家", "Sales - Tokyo ~HQ~"));
		Random random = new Random(20261129L);
		int[][] ranges = { { 0x20, 0x7E }, { 0x3041, 0x3096 }, { 0x30A1, 0x30FA }, { 0x4E00, 0x9FFF }, { 0xFF01, 0xFF9F },
				{ 0x2010, 0x2312 }, { 0x2460, 0x24FF }, { 0x00A0, 0x00FF }, { 0xF900, 0xFAFF } };
		for (int i = 0; i < 3000; i++) {
			StringBuilder name = new StringBuilder();
			for (int j = 0; j < 4; j++) {
				int[] range = ranges[random.nextInt(ranges.length)];
				name.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
			}
			names.add(name.toString());
		}
		return names;
	}

	@Test
	void everyAcceptedNameArrivesIdenticalAndEveryBrokenRoundTripIsRefused() throws Exception {
		int accepted = 0;
		for (String name : corpus()) {
			boolean arrivesIdentical = roundTrip(name).equals(name);
			if (DisplayNames.isSendable(name)) {
				accepted++;
				assertTrue(arrivesIdentical, () -> "accepted but garbled: " + name);
			}
			if (!arrivesIdentical) {
				assertFalse(DisplayNames.isSendable(name), () -> "garbled in transit but accepted: " + name);
			}
		}
		assertTrue(accepted > 100, "the corpus must exercise accepted names too: " + accepted);
	}

	/** Java writes these without complaint, yet RFC 1468 or the receivers do not take them: refused all the same. */
	@ParameterizedTest
	@ValueSource(strings = { "ｱｵｷ", "Taro\u00A0Tanaka", "田中\u200D太郎", "A\u0007B" })
	void refusedAlthoughJavaRoundTripsThem(String name) {
		assertFalse(DisplayNames.isSendable(name));
	}

	@Test
	void everyProposalIsSendable() throws Exception {
		for (String name : corpus()) {
			String proposal = DisplayNames.proposal(name);
			assertTrue(DisplayNames.isSendable(proposal), () -> name + " -> " + proposal);
			assertEquals(proposal, roundTrip(proposal));
		}
	}

	@Test
	void proposalsFromTheGuideAndTheIssue() {
		assertEquals("高橋 一郎", DisplayNames.proposal("髙橋 一郎"));
		assertEquals("山崎", DisplayNames.proposal("山﨑"));
		assertEquals("営業部(1)", DisplayNames.proposal("営業部①"));
		assertEquals("第I営業部", DisplayNames.proposal("第Ⅰ営業部"));
		assertEquals("(株)サクラ", DisplayNames.proposal("㈱サクラ"));
		assertEquals("アオキ ガス", DisplayNames.proposal("ｱｵｷ ｶﾞｽ"));
		assertEquals("Taro", DisplayNames.proposal("Taro \uD83D\uDE00"));
		assertEquals("営業部〜東京−本社", DisplayNames.proposal("営業部～東京－本社"));
		assertEquals("Taro Tanaka", DisplayNames.proposal("Taro\u00A0Tanaka"));
	}

	@Test
	void invisibleCharactersAreNamedByTheirCode() {
		assertEquals(List.of("U+00A0", "U+200D"), List.copyOf(DisplayNames.unencodable("A\u00A0B\u200DC")));
	}
}
