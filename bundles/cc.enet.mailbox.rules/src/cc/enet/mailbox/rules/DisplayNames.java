package cc.enet.mailbox.rules;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a sender name (送信者の名前) survives mail sent as ISO-2022-JP, the guide's default encoding, and what to use
 * instead when it does not.
 * <p>
 * The check agrees with the encoder the product sends mail with (Jakarta Mail, charset {@value #CHARSET_NAME}): a
 * name it accepts is already NFC and is written as an RFC 2047 ISO-2022-JP word that decodes back identical. It also
 * refuses what Java's encoder would write although RFC 1468 forbids it or receivers drop it: half-width katakana
 * ({@code ESC ( I}) and invisible characters (controls, no-break and zero-width spaces). The Windows variants
 * (～ ∥ － ￠ ￡ ￢ ―) are refused, not mapped behind the user's back: Java turns them into "?" silently, so the
 * proposal shows the JIS character (〜 ‖ − ¢ £ ¬ —) before anything is sent.
 */
public final class DisplayNames {

	public static final String CHARSET_NAME = "ISO-2022-JP";
	private static final Charset CHARSET = Charset.forName(CHARSET_NAME);
	/** An encoder per thread: making one per name took a good part of a 100,000-mailbox validation. */
	private static final ThreadLocal<CharsetEncoder> ENCODER = ThreadLocal.withInitial(CHARSET::newEncoder);

	/** Replacements that Unicode's own compatibility mapping (NFKC) does not give, or gives differently. */
	private static final Map<Integer, String> REPLACEMENTS = Map.ofEntries(Map.entry(0x9AD9, "高"), // 髙 hashigodaka
			Map.entry(0xFA11, "崎"), // 﨑 tatsusaki
			Map.entry(0x20BB7, "吉"), // 𠮷 tsuchiyoshi
			Map.entry(0xFA10, "塚"), Map.entry(0x5FB7, "徳"), Map.entry(0x6FF5, "浜"), Map.entry(0x6801, "柳"),
			Map.entry(0xFF5E, "〜"), Map.entry(0x2225, "‖"), Map.entry(0xFF0D, "−"), Map.entry(0xFFE0, "¢"),
			Map.entry(0xFFE1, "£"), Map.entry(0xFFE2, "¬"), Map.entry(0x2015, "—"), Map.entry(0x00A0, " "));

	private DisplayNames() {
	}

	/**
	 * The characters of {@code name} (after NFC) that mail in ISO-2022-JP cannot carry, each once, in order; an
	 * invisible one as {@code U+XXXX}. Empty when the name can be sent as it is (or only differs from its NFC form,
	 * see {@link #isNormalized}).
	 */
	public static Set<String> unencodable(String name) {
		if (isPlainAscii(name)) {
			return Set.of();
		}
		String normalized = Normalizer.normalize(name, Normalizer.Form.NFC);
		CharsetEncoder encoder = ENCODER.get();
		if (!hasRefusedCharacter(normalized) && encoder.canEncode(normalized)) {
			return Set.of(); // the common Japanese name: one pass of the encoder instead of one per character
		}
		Set<String> bad = new LinkedHashSet<>();
		for (int i = 0; i < normalized.length();) {
			int cp = normalized.codePointAt(i);
			if (!sendable(cp, encoder)) {
				bad.add(shown(cp));
			}
			i += Character.charCount(cp);
		}
		return bad;
	}

	/** Whether the name holds a character refused although the encoder could carry it (half-width kana, invisible). */
	private static boolean hasRefusedCharacter(String name) {
		for (int i = 0; i < name.length();) {
			int cp = name.codePointAt(i);
			if (isHalfWidthKana(cp) || isInvisible(cp)) {
				return true;
			}
			i += Character.charCount(cp);
		}
		return false;
	}

	/** Whether the name is stored as it will arrive: in NFC (a Mac's decomposed ガ arrives composed). */
	public static boolean isNormalized(String name) {
		return isPlainAscii(name) || Normalizer.isNormalized(name, Normalizer.Form.NFC);
	}

	/** Printable ASCII: sendable and normalized as it is, the common case checked without an encoder. */
	public static boolean isPlainAscii(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c < 0x20 || c > 0x7E) {
				return false;
			}
		}
		return true;
	}

	/** Whether {@code name} can be sent in ISO-2022-JP and arrives exactly as stored. */
	public static boolean isSendable(String name) {
		return isNormalized(name) && unencodable(name).isEmpty();
	}

	/**
	 * A sendable name as close as possible to {@code name}: 髙 → 高, 﨑 → 崎, ① → (1), Ⅰ → I, ㈱ → (株), half-width
	 * kana → full-width, Windows variants → their JIS characters; emoji and invisible characters removed.
	 */
	public static String proposal(String name) {
		CharsetEncoder encoder = ENCODER.get();
		String text = Normalizer.normalize(name, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			int next = i + Character.charCount(cp);
			if (isHalfWidthKana(cp)) {
				// A run at once, so that ｶﾞ becomes ガ, not カ゛.
				while (next < text.length() && isHalfWidthKana(text.codePointAt(next))) {
					next++;
				}
				out.append(Normalizer.normalize(text.substring(i, next), Normalizer.Form.NFKC));
			} else if (sendable(cp, encoder)) {
				out.appendCodePoint(cp);
			} else {
				out.append(replacement(cp, encoder));
			}
			i = next;
		}
		// Half-width kana next to a full-width one compose only now (カﾞ → ガ); a voiced mark left alone is spacing.
		StringBuilder sendable = new StringBuilder();
		Normalizer.normalize(out, Normalizer.Form.NFC).codePoints().forEach(cp -> {
			if (sendable(cp, encoder)) {
				sendable.appendCodePoint(cp);
			} else if (cp == 0x3099 || cp == 0x309A) {
				sendable.appendCodePoint(cp + 2); // ゛ ゜
			}
		});
		return sendable.toString().replaceAll(" {2,}", " ").strip();
	}

	private static String replacement(int cp, CharsetEncoder encoder) {
		String mapped = REPLACEMENTS.get(cp);
		if (mapped != null) {
			return mapped;
		}
		if (cp >= 0x2460 && cp <= 0x2473) { // ① .. ⑳
			return "(" + (cp - 0x2460 + 1) + ")";
		}
		String compatible = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
		if (!compatible.isBlank() && compatible.codePoints().allMatch(c -> sendable(c, encoder))) {
			return compatible;
		}
		return Character.isSpaceChar(cp) ? " " : "";
	}

	private static boolean sendable(int cp, CharsetEncoder encoder) {
		if (isHalfWidthKana(cp) || isInvisible(cp)) {
			return false;
		}
		return encoder.canEncode(new String(Character.toChars(cp)));
	}

	private static boolean isHalfWidthKana(int cp) {
		return cp >= 0xFF61 && cp <= 0xFF9F;
	}

	/** Controls, format characters (zero-width joiner, BOM) and every space but the two a name may have. */
	private static boolean isInvisible(int cp) {
		int type = Character.getType(cp);
		return type == Character.CONTROL || type == Character.FORMAT
				|| Character.isSpaceChar(cp) && cp != ' ' && cp != 0x3000;
	}

	private static String shown(int cp) {
		return isInvisible(cp) ? String.format(Locale.ROOT, "U+%04X", cp) : new String(Character.toChars(cp));
	}
}
