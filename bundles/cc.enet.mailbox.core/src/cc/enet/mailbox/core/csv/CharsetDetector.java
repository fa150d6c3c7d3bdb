package cc.enet.mailbox.core.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a CSV file as Japanese staff produce it: UTF-8 with or without a BOM, or Shift_JIS as Excel writes it in
 * Japan (really CP932, which adds NEC and IBM characters). UTF-8 is tried strictly first: Shift_JIS text with kana or
 * kanji is practically never valid UTF-8.
 */
public final class CharsetDetector {

	public static final Charset CP932 = Charset.forName("windows-31j");

	private CharsetDetector() {
	}

	public record Decoded(String text, Charset charset) {
	}

	public static Decoded decode(byte[] bytes, Charset forced) throws CharacterCodingException {
		int start = hasUtf8Bom(bytes) ? 3 : 0;
		if (forced != null) {
			Charset charset = isShiftJis(forced) ? CP932 : forced;
			return new Decoded(strict(charset, bytes, charset == StandardCharsets.UTF_8 ? start : 0), charset);
		}
		String utf8 = utf8OrNull(bytes, start);
		return utf8 != null ? new Decoded(utf8, StandardCharsets.UTF_8) : new Decoded(strict(CP932, bytes, 0), CP932);
	}

	/**
	 * The text when the bytes are valid UTF-8, else null. The JDK's String decoding (vectorised, one pass, no
	 * intermediate buffer) turns every malformed sequence into U+FFFD, so text without one was valid; only text that
	 * holds one, which a file may also hold as such, is decoded again strictly to tell the two apart.
	 */
	private static String utf8OrNull(byte[] bytes, int start) {
		String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
		if (text.indexOf('\uFFFD') < 0) {
			return text;
		}
		try {
			return strict(StandardCharsets.UTF_8, bytes, start);
		} catch (CharacterCodingException notUtf8) {
			return null;
		}
	}

	private static boolean isShiftJis(Charset charset) {
		String name = charset.name().toLowerCase(Locale.ROOT);
		return name.equals("shift_jis") || name.equals("windows-31j") || name.equals("ms932") || name.equals("cp932");
	}

	private static boolean hasUtf8Bom(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}

	private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
	}
}
