package cc.enet.mailbox.rules.constraints;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.LinkedHashSet;
import java.util.Set;

/** Which characters survive ISO-2022-JP (ASCII, JIS X 0201 Roman and JIS X 0208), the encoding mail is sent in. */
final class Iso2022Jp {
	private static final Charset CHARSET = Charset.forName("ISO-2022-JP");

	/**
	 * What Windows IMEs type for JIS X 0208 characters (～ ∥ － ￠ ￡ ￢ for 〜 ‖ − ¢ £ ¬): Windows mailers send them
	 * as the JIS code, so they arrive intact although Java's strict table lacks them.
	 */
	private static final Set<Integer> WINDOWS_VARIANTS = Set.of(0xFF5E, 0x2225, 0xFF0D, 0xFFE0, 0xFFE1, 0xFFE2);

	private Iso2022Jp() {
	}

	/** The characters of {@code text} that ISO-2022-JP cannot carry, each once, in order. */
	static Set<String> unencodable(String text) {
		Set<String> bad = new LinkedHashSet<>();
		CharsetEncoder encoder = CHARSET.newEncoder();
		text.codePoints().forEach(cp -> {
			String ch = new String(Character.toChars(cp));
			// RFC 1468 has no half-width katakana, though Java's encoder would write them.
			boolean halfWidthKana = cp >= 0xFF61 && cp <= 0xFF9F;
			if (halfWidthKana || !WINDOWS_VARIANTS.contains(cp) && !encoder.canEncode(ch)) {
				bad.add(ch);
			}
		});
		return bad;
	}
}
