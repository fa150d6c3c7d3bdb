package cc.enet.mailbox.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cc.enet.mailbox.model.Texts;

/**
 * Characters that look the same at the console's font size but are not (髙 and 高, ～ and 〜): where a finding, a
 * plan or a quick fix turns on such a difference, each is named by its code point and its common name
 * ("U+9AD9 hashigodaka", 「U+9AD9 はしごだか」), in the names' own bundle (lookalike.XXXX).
 */
public final class LookAlikes {

	/** Each character that cannot be sent and the one the quick fix puts in its place (see DisplayNames). */
	private static final Map<Integer, Integer> PARTNERS = Map.ofEntries(Map.entry(0x9AD9, 0x9AD8), // 髙 高
			Map.entry(0xFA11, 0x5D0E), // 﨑 崎
			Map.entry(0x20BB7, 0x5409), // 𠮷 吉
			Map.entry(0xFA10, 0x585A), // 塚 (with a dot) 塚
			Map.entry(0x5FB7, 0x5FB3), // 德 徳
			Map.entry(0x6FF5, 0x6D5C), // 濵 浜
			Map.entry(0x6801, 0x67F3), // 栁 柳
			Map.entry(0xFF5E, 0x301C), // ～ 〜
			Map.entry(0x2225, 0x2016), // ∥ ‖
			Map.entry(0xFF0D, 0x2212), // － −
			Map.entry(0xFFE0, 0x00A2), // ￠ ¢
			Map.entry(0xFFE1, 0x00A3), // ￡ £
			Map.entry(0xFFE2, 0x00AC), // ￢ ¬
			Map.entry(0x2015, 0x2014)); // ― —

	private static final Set<Integer> ALL = PARTNERS.entrySet().stream()
			.flatMap(e -> Stream.of(e.getKey(), e.getValue())).collect(Collectors.toUnmodifiableSet());

	/** The names and the few words around them, apart from the rule messages (which each must be a sentence). */
	private static final Texts TEXTS = Texts.named(LookAlikes.class, "labels");

	private LookAlikes() {
	}

	/** Whether {@code cp} has a twin that looks the same. */
	public static boolean isLookAlike(int cp) {
		return ALL.contains(cp);
	}

	/** "U+9AD9 hashigodaka": the code point and the common name in {@code locale}'s language. */
	public static String name(int cp, Locale locale) {
		String code = String.format(Locale.ROOT, "U+%04X", cp);
		return TEXTS.get(locale, "lookalike.pattern", code, TEXTS.get(locale, "lookalike." + code.substring(2)));
	}

	/** "髙 U+9AD9 hashigodaka" for a look-alike, the character alone for any other. */
	public static String described(int cp, Locale locale) {
		String character = new String(Character.toChars(cp));
		return isLookAlike(cp) ? character + " " + name(cp, locale) : character;
	}

	/** The look-alikes in {@code text} that {@code other} lacks, each once, in order: what tells the two apart. */
	public static List<Integer> differing(String text, String other) {
		if (text == null || text.codePoints().noneMatch(LookAlikes::isLookAlike)) {
			return List.of(); // the common case, without a set of the other text's characters
		}
		Set<Integer> found = new LinkedHashSet<>();
		Set<Integer> theirs = other == null ? Set.of() : other.codePoints().boxed().collect(Collectors.toSet());
		text.codePoints().filter(LookAlikes::isLookAlike).filter(cp -> !theirs.contains(cp)).forEach(found::add);
		return List.copyOf(found);
	}

	/** The look-alikes {@link #differing} finds, described and joined ("髙 U+9AD9 hashigodaka"), or "". */
	public static String describeDiffering(String text, String other, Locale locale) {
		return differing(text, other).stream().map(cp -> described(cp, locale))
				.collect(Collectors.joining(TEXTS.get(locale, "lookalike.separator")));
	}

	/**
	 * Characters as a finding's argument: the characters themselves in {@link #toString} (JSON, equality), each
	 * look-alike with its code point and name in a message of either language.
	 */
	public record Characters(List<String> characters) implements LocalizedArgument {
		@Override
		public String text(Locale locale) {
			return characters.stream().map(c -> c.codePointCount(0, c.length()) == 1 ? described(c.codePointAt(0), locale) : c)
					.collect(Collectors.joining(TEXTS.get(locale, "lookalike.separator")));
		}

		@Override
		public String toString() {
			return String.join(" ", characters);
		}
	}

	/**
	 * The look-alikes a new text brings in place of the old ones, as a finding's argument: " (高 U+9AD8 takai/kuchidaka)"
	 * in a message, nothing when none differ.
	 */
	public record Replacements(String before, String after) implements LocalizedArgument {
		@Override
		public String text(Locale locale) {
			String shown = describeDiffering(after, before, locale);
			return shown.isEmpty() ? "" : TEXTS.get(locale, "lookalike.replacements", shown);
		}

		@Override
		public String toString() {
			return "";
		}
	}
}
