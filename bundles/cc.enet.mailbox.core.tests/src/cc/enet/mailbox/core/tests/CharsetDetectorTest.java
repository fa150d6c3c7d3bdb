package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.core.csv.CharsetDetector;
import cc.enet.mailbox.core.csv.CharsetDetector.Decoded;

/** What the detector takes a file's bytes for: UTF-8 with or without BOM, else CP932 as Excel writes it. */
class CharsetDetectorTest {

	private static final String TEXT = "address,display_name\ntanaka@abc.co.jp,田中 太郎\nsato@abc.co.jp,佐藤 ﾊﾅｺ①\n";

	@Test
	void utf8WithAndWithoutBomIsUtf8AndTheBomIsDropped() throws Exception {
		byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[plain.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(plain, 0, bom, 3, plain.length);
		assertEquals(new Decoded(TEXT, StandardCharsets.UTF_8), CharsetDetector.decode(plain, null));
		assertEquals(new Decoded(TEXT, StandardCharsets.UTF_8), CharsetDetector.decode(bom, null));
		assertEquals(new Decoded("", StandardCharsets.UTF_8), CharsetDetector.decode(new byte[0], null));
	}

	@Test
	void shiftJisAsExcelWritesItIsCp932() throws Exception {
		byte[] bytes = TEXT.getBytes(CharsetDetector.CP932);
		assertEquals(new Decoded(TEXT, CharsetDetector.CP932), CharsetDetector.decode(bytes, null));
	}

	@Test
	void aReplacementCharacterInTheFileIsTextNotABrokenByte() throws Exception {
		// U+FFFD written as UTF-8 (EF BF BD) is valid UTF-8: it must not send the file to CP932
		String text = "address,display_name\nx@abc.co.jp,a\uFFFDb 田中\n";
		assertEquals(new Decoded(text, StandardCharsets.UTF_8),
				CharsetDetector.decode(text.getBytes(StandardCharsets.UTF_8), null));
	}

	@Test
	void invalidUtf8IsReadAsCp932OrRefusedWhenNeitherFits() throws Exception {
		// a lone continuation byte among ASCII: not UTF-8, but a half-width katakana in CP932
		byte[] latin = { 'a', ',', (byte) 0xB1, '\n' };
		assertEquals(new Decoded("a,ｱ\n", CharsetDetector.CP932), CharsetDetector.decode(latin, null));
		// a truncated UTF-8 sequence and a CP932 lead byte without its trail byte: neither
		byte[] broken = { 'a', (byte) 0xE7, (byte) 0x94, ',', (byte) 0x81 };
		assertThrows(CharacterCodingException.class, () -> CharsetDetector.decode(broken, null));
	}

	@Test
	void aForcedCharsetIsDecodedStrictly() throws Exception {
		byte[] bytes = TEXT.getBytes(CharsetDetector.CP932);
		assertEquals(new Decoded(TEXT, CharsetDetector.CP932),
				CharsetDetector.decode(bytes, java.nio.charset.Charset.forName("Shift_JIS")));
		assertThrows(CharacterCodingException.class, () -> CharsetDetector.decode(bytes, StandardCharsets.UTF_8));
	}
}
