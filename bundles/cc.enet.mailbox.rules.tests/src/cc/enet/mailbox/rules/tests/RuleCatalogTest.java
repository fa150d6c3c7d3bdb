package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.QuickFixes;
import cc.enet.mailbox.rules.Rules;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.rules.internal.RuleMessages;

/** The rule ids, their order and severities are a public contract (CLI, JSON, docs, quick fixes). */
class RuleCatalogTest {

	private static final List<String> IDS = List.of("tls.required", "tls.starttls", "port.mismatch", "auth.method",
			"smtp.auth.required", "forward.limit", "forward.address", "forward.self", "forward.loop", "forward.keepcopy",
			"retention.unbounded", "displayname.nonascii", "displayname.unencodable", "encoding.utf8", "allowlist.enet",
			"filter.conflict", "filter.spam.accuracy", "domain.forwarding.conflict", "domain.dns.external",
			"mailbox.duplicate", "address.invalid");

	private static final Set<String> FIXABLE = Set.of("tls.starttls", "tls.required", "port.mismatch", "auth.method",
			"smtp.auth.required", "allowlist.enet", "forward.self", "encoding.utf8", "domain.forwarding.conflict");

	@Test
	void allHasExactlyTheTwentyOneIdsInOrder() {
		assertEquals(IDS, Rules.all().stream().map(Constraint::id).toList());
	}

	@Test
	void severities() {
		Map<String, Severity> expected = new LinkedHashMap<>();
		IDS.forEach(id -> expected.put(id, Severity.ERROR));
		List.of("forward.keepcopy", "displayname.nonascii", "encoding.utf8", "allowlist.enet", "domain.dns.external")
				.forEach(id -> expected.put(id, Severity.WARNING));
		expected.put("filter.spam.accuracy", Severity.INFO);
		Map<String, Severity> actual = new LinkedHashMap<>();
		Rules.all().forEach(r -> actual.put(r.id(), r.severity()));
		assertEquals(expected, actual);
	}

	@Test
	void byIdAndCodeOf() {
		for (int i = 0; i < IDS.size(); i++) {
			assertEquals(IDS.get(i), Rules.byId(IDS.get(i)).orElseThrow().id());
			assertEquals(i + 1, Rules.codeOf(IDS.get(i)));
		}
		assertTrue(Rules.byId("no.such.rule").isEmpty());
		assertEquals(0, Rules.codeOf("no.such.rule"));
	}

	@Test
	void exactlyTheFixableRulesHaveAQuickFix() {
		Set<String> withFix = new TreeSet<>();
		for (String id : IDS) {
			QuickFixes.forRule(id).ifPresent(fix -> {
				assertTrue(fix.fixes(id));
				withFix.add(id);
			});
		}
		assertEquals(new TreeSet<>(FIXABLE), withFix);
	}

	@ParameterizedTest(name = "{0} has no quick fix")
	@ValueSource(strings = { "forward.loop", "filter.conflict" })
	void rulesWithoutAnObviousRepairHaveNoQuickFix(String id) {
		assertTrue(QuickFixes.forRule(id).isEmpty());
	}

	@Test
	void everyEnglishMessageHasAJapaneseOne() throws IOException {
		Properties english = properties("messages.properties");
		Properties japanese = properties("messages_ja.properties");
		assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(japanese.stringPropertyNames()));
		for (String id : IDS) {
			assertTrue(english.containsKey(id), id);
		}
		for (String key : english.stringPropertyNames()) {
			assertFalse(english.getProperty(key).equals(japanese.getProperty(key)), key);
			assertTrue(Fixture.JAPANESE.matcher(japanese.getProperty(key)).find(), key);
			// Both patterns must use the same placeholders.
			assertEquals(placeholders(english.getProperty(key)), placeholders(japanese.getProperty(key)), key);
		}
	}

	private static Set<String> placeholders(String pattern) {
		Set<String> found = new TreeSet<>();
		Matcher m = Pattern.compile("\\{(\\d)").matcher(pattern);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static Properties properties(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = RuleMessages.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			properties.load(in);
		}
		return properties;
	}
}
