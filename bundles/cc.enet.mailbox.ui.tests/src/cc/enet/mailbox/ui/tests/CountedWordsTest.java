package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import cc.enet.mailbox.ui.text.Counted;

/**
 * Counts read right in English wherever the console shows them: "1 mailbox", "2 mailboxes", never "1 mailboxes"; and
 * no label of the console names a number "x".
 */
class CountedWordsTest {

	/** Each UI bundle's texts: the bundle, and the folder of its messages*.properties. */
	private static final Map<String, String[]> TEXTS = Map.of(
			"internal", new String[] { "cc.enet.mailbox.ui", "cc/enet/mailbox/ui/internal" },
			"review", new String[] { "cc.enet.mailbox.connector.ui", "cc/enet/mailbox/connector/ui/review" },
			"probe", new String[] { "cc.enet.mailbox.clientconfig.ui", "cc/enet/mailbox/clientconfig/ui/probe" },
			"setup", new String[] { "cc.enet.mailbox.clientconfig.ui", "cc/enet/mailbox/clientconfig/ui/setup" },
			"team", new String[] { "cc.enet.mailbox.team.ui", "cc/enet/mailbox/team/ui" });
	private static final List<String> BUNDLES = List.of("internal", "review", "probe", "setup", "team");
	private static final String NOUNS = "mailbox(?:es)?|errors?|warnings?|rows?|entr(?:y|ies)|changes?|conflicts?|domains?"
			+ "|passwords?|files?|problems?|days?|addresses|seconds?|rules?";
	/** A count put straight before a noun: "{0} mailboxes" says "1 mailboxes" for one. */
	private static final Pattern BARE_COUNT = Pattern.compile("\\{\\d\\}(?: [a-z]+)? (?:" + NOUNS + ")\\b");
	private static final Pattern ONE_PLURAL = Pattern.compile("\\b1 (?:[a-z]+ )?(?:mailboxes|errors|warnings|rows|entries"
			+ "|changes|conflicts|domains|passwords|files|problems|days|addresses|seconds|rules)\\b");

	@Test
	void noEnglishTextPutsACountStraightBeforeANoun() throws IOException {
		List<String> bare = new ArrayList<>();
		for (String bundle : BUNDLES) {
			Properties english = load(bundle, "");
			english.stringPropertyNames().stream().sorted()
					.filter(key -> BARE_COUNT.matcher(withoutChoices(english.getProperty(key))).find())
					.forEach(key -> bare.add(bundle + ": " + key + " = " + english.getProperty(key)));
		}
		assertEquals(List.of(), bare, "counts without a singular");
	}

	@Test
	void oneIsSingularAndTwoPlural() throws IOException {
		List<String> wrong = new ArrayList<>();
		for (String bundle : BUNDLES) {
			Properties english = load(bundle, "");
			for (String key : english.stringPropertyNames()) {
				String pattern = english.getProperty(key);
				if (!pattern.contains(",choice,")) {
					continue;
				}
				String one = format(pattern, 1);
				String two = format(pattern, 2);
				if (ONE_PLURAL.matcher(one).find() || !two.contains("2 ")) {
					wrong.add(bundle + ": " + key + ": " + one + " / " + two);
				}
			}
		}
		assertEquals(List.of(), wrong);
		assertEquals("1 mailbox", Counted.bind("{0,choice,0#{0} mailboxes|1#1 mailbox|1<{0} mailboxes}", 1));
		assertEquals("2 mailboxes", Counted.bind("{0,choice,0#{0} mailboxes|1#1 mailbox|1<{0} mailboxes}", 2));
		assertEquals("10000 mailboxes", Counted.bind("{0,choice,0#{0} mailboxes|1#1 mailbox|1<{0} mailboxes}", 10000),
				"digits, as beside a choice");
		assertEquals("12345 of 1 mailbox", Counted.bind("{0} of {1,choice,0#0 mailboxes|1#1 mailbox|1<{1} mailboxes}", 12345, 1));
	}

	@Test
	void noLabelNamesANumberX() throws IOException {
		List<String> found = new ArrayList<>();
		for (String bundle : BUNDLES) {
			for (String language : List.of("", "_ja")) {
				Properties texts = load(bundle, language);
				texts.stringPropertyNames().stream().filter(key -> texts.getProperty(key).matches("(?s).*(\\bx\\b|x日).*"))
						.forEach(key -> found.add(bundle + language + ": " + key + " = " + texts.getProperty(key)));
			}
		}
		assertEquals(List.of(), found);
	}

	/** The text without its choices ("{0,choice,1#1 mailbox|1<{0} mailboxes}"), nested braces and all. */
	private static String withoutChoices(String pattern) {
		StringBuilder out = new StringBuilder();
		int depth = 0;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (depth == 0 && c == '{' && pattern.startsWith(",choice,", pattern.indexOf(',', i) >= 0 ? pattern.indexOf(',', i) : i)
					&& pattern.indexOf(',', i) < pattern.indexOf('}', i)) {
				depth = 1;
			} else if (depth > 0) {
				depth += c == '{' ? 1 : c == '}' ? -1 : 0;
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Every argument {@code n}, as a count of everything the text counts. */
	private static String format(String pattern, int n) {
		Object[] arguments = new Object[10];
		Arrays.fill(arguments, Integer.valueOf(n));
		return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
	}

	private static Properties load(String bundle, String language) throws IOException {
		String[] where = TEXTS.get(bundle);
		String path = where[1] + "/messages" + language + ".properties";
		URL entry = Platform.getBundle(where[0]).getEntry(path);
		Properties properties = new Properties();
		try (InputStream in = entry == null ? null : entry.openStream()) {
			assertTrue(in != null, path);
			properties.load(in);
		}
		return properties;
	}
}
