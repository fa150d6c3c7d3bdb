package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Rules;
import cc.enet.mailbox.rules.tests.RuleCases.Firing;
import cc.enet.mailbox.rules.tests.RuleCases.Quiet;

/** Each rule fires on its breach with the right data, stays quiet on the nearest valid case, and speaks both languages. */
class RuleFindingTest {

	static List<Firing> firing() {
		return RuleCases.firing();
	}

	static List<Quiet> quiet() {
		return RuleCases.quiet();
	}

	/** The one finding of the case's rule on the case's target; the whole workspace has exactly {@code total}. */
	private static Finding findingOf(Firing c) {
		Fixture f = new Fixture();
		c.setup().accept(f);
		List<Finding> ofRule = f.findings(c.rule());
		assertEquals(c.total(), ofRule.size(), () -> "findings of " + c.rule() + ": " + Fixture.describe(f.findings()));
		EObject target = c.target().apply(f);
		List<Finding> onTarget = ofRule.stream().filter(x -> x.target() == target).toList();
		assertEquals(1, onTarget.size(), () -> "findings on the target: " + Fixture.describe(ofRule));
		return onTarget.get(0);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("firing")
	void fires(Firing c) {
		Finding finding = findingOf(c);
		assertAll(() -> assertEquals(c.rule(), finding.ruleId(), "rule id"),
				() -> assertEquals(c.severity(), finding.severity(), "severity"),
				() -> assertEquals(c.mailbox(), finding.mailbox(), "mailbox"),
				() -> assertEquals(c.domain(), finding.domain(), "domain"),
				() -> assertEquals(c.featurePath(), finding.featurePath(), "feature path"),
				() -> assertEquals(c.messageKey(), finding.messageKey(), "message key"),
				() -> assertEquals(c.mailbox() != null ? c.mailbox() : c.domain(), finding.place(), "place"),
				// An editor jumps to target.feature: the feature must be one the target has.
				() -> assertTrue(finding.target().eClass().getEAllStructuralFeatures().contains(finding.feature()),
						() -> finding.feature().getName() + " is not a feature of " + finding.target().eClass().getName()),
				() -> {
					String english = finding.message(Locale.ENGLISH);
					for (String specific : c.specifics()) {
						assertTrue(english.contains(specific), () -> "\"" + english + "\" lacks \"" + specific + "\"");
					}
				});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("quiet")
	void staysQuiet(Quiet c) {
		Fixture f = new Fixture();
		c.setup().accept(f);
		assertEquals(List.of(), Fixture.describe(f.findings(c.rule())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("firing")
	void speaksEnglishAndJapanese(Firing c) {
		Finding finding = findingOf(c);
		String english = finding.message(Locale.ENGLISH);
		String japanese = finding.message(Locale.JAPANESE);
		boolean japaneseArguments = c.specifics().stream().anyMatch(s -> Fixture.JAPANESE.matcher(s).find());
		assertAll(() -> assertFalse(english.isBlank(), "English message is empty"),
				() -> assertFalse(japanese.isBlank(), "Japanese message is empty"),
				() -> assertNotEquals(english, japanese),
				() -> assertFalse(Fixture.PLACEHOLDER.matcher(english).find(), english),
				() -> assertFalse(Fixture.PLACEHOLDER.matcher(japanese).find(), japanese),
				() -> assertFalse(english.contains(c.messageKey()), "English message is its key: " + english),
				() -> assertFalse(japanese.contains(c.messageKey()), "Japanese message is its key: " + japanese),
				() -> assertFalse(english.contains("''") || japanese.contains("''"), "doubled apostrophe left"),
				() -> assertTrue(Fixture.JAPANESE.matcher(japanese).find(), "no Japanese in " + japanese),
				() -> assertTrue(japaneseArguments || !Fixture.JAPANESE.matcher(english).find(),
						"Japanese in the English message " + english),
				() -> {
					for (String specific : c.specifics()) {
						assertTrue(japanese.contains(specific), () -> "\"" + japanese + "\" lacks \"" + specific + "\"");
					}
				});
	}

	@Test
	void everyRuleHasAFiringAndAQuietCase() {
		Set<String> ids = Rules.all().stream().map(r -> r.id()).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(ids, firing().stream().map(Firing::rule).collect(Collectors.toCollection(TreeSet::new)));
		assertEquals(ids, quiet().stream().map(Quiet::rule).collect(Collectors.toCollection(TreeSet::new)));
	}

	@Test
	void apostrophesSurviveMessageFormat() {
		Fixture f = new Fixture();
		Fixture.filters(f.a).getAllowDomains().clear();
		Finding finding = f.findings("allowlist.enet").get(0);
		assertTrue(finding.message(Locale.ENGLISH).contains("Enet's own mail"), finding.message(Locale.ENGLISH));
	}

	@Test
	void theFixtureItselfIsClean() {
		assertEquals(List.of(), Fixture.describe(new Fixture().findings()));
	}

	@Test
	void findingsPointAtTheObjectsOfTheWorkspace() {
		Fixture f = new Fixture();
		f.a.setSendEncoding(SendEncoding.UTF_8);
		Finding finding = f.findings("encoding.utf8").get(0);
		assertSame(f.a, finding.target());
		assertSame(MailboxPackage.Literals.MAILBOX_SETTINGS__SEND_ENCODING, finding.feature());
		assertEquals(List.of(), finding.arguments());
	}
}
