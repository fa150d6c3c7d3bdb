package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.QuickFixes;
import cc.enet.mailbox.rules.Rules;
import cc.enet.mailbox.rules.Validation;
import cc.enet.mailbox.rules.internal.RuleMessages;

/** The rule ids, their order and severities are a public contract (CLI, JSON, docs, quick fixes). */
class RuleCatalogTest {

	private static final List<String> IDS = List.of("tls.required", "tls.starttls", "port.mismatch", "auth.method",
			"smtp.auth.required", "forward.limit", "forward.address", "forward.self", "forward.loop", "forward.keepcopy",
			"retention.unbounded", "displayname.nonascii", "displayname.unencodable", "encoding.utf8", "allowlist.enet",
			"filter.conflict", "filter.spam.accuracy", "domain.forwarding.conflict", "domain.dns.external",
			"mailbox.duplicate", "address.invalid", "endpoint.host", "filter.entry", "quota.invalid", "domain.server");

	private static final Set<String> FIXABLE = Set.of("tls.starttls", "tls.required", "port.mismatch", "auth.method",
			"smtp.auth.required", "allowlist.enet", "forward.self", "encoding.utf8", "domain.forwarding.conflict",
			"displayname.unencodable", "filter.conflict", "filter.entry");

	/** New rules go last: a rule's diagnostic code is its position, and saved reports name rules by code. */
	@Test
	void allHasEveryIdInOrder() {
		assertEquals(IDS, Rules.all().stream().map(Constraint::id).toList());
	}

	/**
	 * What a severity does: an error makes the object invalid for EMF (apply and the CLI refuse), a warning or an
	 * information does not. Each rule's own severity is asserted by its firing cases in {@link RuleFindingTest}.
	 */
	@Test
	void onlyErrorsMakeTheWorkspaceInvalid() {
		Fixture warned = new Fixture();
		warned.a.setSendEncoding(SendEncoding.UTF_8); // encoding.utf8: warning
		warned.a.setDisplayName("田中 太郎"); // displayname.nonascii: information
		assertEquals(Diagnostic.WARNING,
				new Validation().diagnose(warned.workspace, Locale.ENGLISH).getSeverity());
		Fixture broken = new Fixture();
		broken.a.setQuotaMb(0); // quota.invalid: error
		assertEquals(Diagnostic.ERROR,
				new Validation().diagnose(broken.workspace, Locale.ENGLISH).getSeverity());
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
	@ValueSource(strings = { "forward.loop", "mailbox.duplicate", "endpoint.host" })
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
