package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.QuickFix;
import cc.enet.mailbox.rules.QuickFixes;
import cc.enet.mailbox.rules.Severity;

/** A quick fix repairs its finding as one undoable command, and says what it does in both languages. */
class QuickFixTest {

	/**
	 * A breach with a quick fix.
	 *
	 * @param labelSpecifics text the fix's label must carry in both languages
	 */
	record FixCase(String rule, String situation, Consumer<Fixture> setup, Function<Fixture, EObject> target,
			List<String> labelSpecifics) {
		@Override
		public String toString() {
			return rule + ": " + situation;
		}
	}

	private static FixCase fix(String rule, String situation, Consumer<Fixture> setup, Function<Fixture, EObject> target,
			String... labelSpecifics) {
		return new FixCase(rule, situation, setup, target, List.of(labelSpecifics));
	}

	static List<FixCase> cases() {
		return List.of(
				fix("tls.starttls", "SMTP with STARTTLS on 25 (TLS and port change)",
						f -> RuleCases.set(f.endpoint("x.jp", Protocol.SMTP), TlsMode.STARTTLS, 25),
						f -> f.endpoint("x.jp", Protocol.SMTP), "SMTP", "465"),
				fix("tls.starttls", "POP3 with STARTTLS on 995 (only TLS changes)",
						f -> RuleCases.set(f.endpoint("x.jp", Protocol.POP3), TlsMode.STARTTLS, 995),
						f -> f.endpoint("x.jp", Protocol.POP3), "POP3", "995"),
				fix("tls.required", "POP3 without TLS on 110",
						f -> RuleCases.set(f.endpoint("y.jp", Protocol.POP3), TlsMode.NONE, 110),
						f -> f.endpoint("y.jp", Protocol.POP3), "POP3", "995"),
				fix("port.mismatch", "IMAP with implicit TLS on 143 (only the port changes)",
						f -> RuleCases.set(f.endpoint("x.jp", Protocol.IMAP), TlsMode.IMPLICIT, 143),
						f -> f.endpoint("x.jp", Protocol.IMAP), "IMAP", "993"),
				fix("port.mismatch", "SMTP without TLS on 465",
						f -> RuleCases.set(f.endpoint("x.jp", Protocol.SMTP), TlsMode.NONE, 465),
						f -> f.endpoint("x.jp", Protocol.SMTP), "SMTP", "465"),
				fix("auth.method", "POP3 with APOP",
						f -> f.endpoint("x.jp", Protocol.POP3).setAuthentication(AuthMethod.APOP),
						f -> f.endpoint("x.jp", Protocol.POP3)),
				fix("auth.method", "SMTP with NTLM",
						f -> f.endpoint("z.jp", Protocol.SMTP).setAuthentication(AuthMethod.NTLM),
						f -> f.endpoint("z.jp", Protocol.SMTP)),
				fix("smtp.auth.required", "SMTP without SMTP AUTH",
						f -> f.endpoint("x.jp", Protocol.SMTP).setSmtpAuth(false), f -> f.endpoint("x.jp", Protocol.SMTP),
						"SMTP"),
				fix("allowlist.enet", "mailbox lacks two Enet domains", f -> {
					Fixture.filters(f.a).getAllowDomains().clear();
					Fixture.filters(f.a).getAllowDomains().addAll(List.of("abc.co.jp", "enet-corp.com"));
				}, f -> f.a.getFilters(), "enet.cc, enetj.com"),
				fix("allowlist.enet", "the domain's defaults have no filters at all",
						f -> f.domain("y.jp").getDefaults().setFilters(null), f -> f.domain("y.jp").getDefaults(),
						"enet-corp.com, enet.cc, enetj.com"),
				fix("forward.self", "own address between two others, in other case",
						f -> Fixture.forward(f.a, "b@y.jp", "A@X.JP", "c@z.jp"), f -> f.a.getForwarding(), "a@x.jp"),
				fix("forward.self", "own address twice", f -> Fixture.forward(f.a, "a@x.jp", "b@y.jp", "a@x.jp"),
						f -> f.a.getForwarding(), "a@x.jp"),
				fix("encoding.utf8", "mailbox sends UTF-8", f -> f.b.setSendEncoding(SendEncoding.UTF_8), f -> f.b,
						"ISO-2022-JP"),
				fix("encoding.utf8", "the domain's default sends UTF-8",
						f -> f.domain("z.jp").getDefaults().setSendEncoding(SendEncoding.UTF_8),
						f -> f.domain("z.jp").getDefaults(), "ISO-2022-JP"),
				fix("domain.forwarding.conflict", "course forwarding with the POP3 option",
						f -> f.domain("x.jp").setCourseFreeForwarding(true), f -> f.domain("x.jp")),
				fix("displayname.unencodable", "髙 becomes 高", f -> f.a.setDisplayName("髙橋 一郎"), f -> f.a, "高橋 一郎"),
				fix("displayname.unencodable", "﨑 and a circled digit", f -> f.a.setDisplayName("山﨑 営業①"), f -> f.a,
						"山崎 営業(1)"),
				fix("displayname.unencodable", "half-width kana with a voiced mark become full-width",
						f -> f.a.setDisplayName("ｶﾞｯｺｳ ｱｵｷ"), f -> f.a, "ガッコウ アオキ"),
				fix("displayname.unencodable", "㈱ and a Roman numeral", f -> f.a.setDisplayName("㈱サクラ 第Ⅱ営業部"), f -> f.a,
						"(株)サクラ 第II営業部"),
				fix("displayname.unencodable", "an emoji is removed", f -> f.a.setDisplayName("Taro \uD83D\uDE00"), f -> f.a,
						"Taro"),
				fix("displayname.unencodable", "the Windows wave dash becomes the JIS one", f -> f.a.setDisplayName("営業部～東京"),
						f -> f.a, "営業部〜東京"),
				fix("displayname.unencodable", "a decomposed ガ is composed", f -> f.a.setDisplayName("カ\u3099ス"), f -> f.a,
						"ガス"),
				fix("filter.conflict", "the deny entry goes, the allow entry stays", f -> {
					Fixture.filters(f.a).getAllowAddresses().add("boss@abc.co.jp");
					Fixture.filters(f.a).getDenyAddresses().add("Boss@abc.co.jp");
				}, f -> f.a.getFilters(), "Boss@abc.co.jp"),
				fix("filter.entry", "@enet.cc becomes enet.cc", f -> {
					Fixture.filters(f.a).getAllowDomains().remove("enet.cc");
					Fixture.filters(f.a).getAllowDomains().add("@enet.cc");
				}, f -> f.a.getFilters(), "@enet.cc", "enet.cc"),
				fix("filter.entry", "a web address on the domain deny list becomes its domain",
						f -> Fixture.filters(f.b).getDenyDomains().add("https://www.spam.example.com/offers"),
						f -> f.b.getFilters(), "spam.example.com"),
				fix("filter.entry", "mailto: before an address is dropped",
						f -> Fixture.filters(f.c).getAllowAddresses().add("mailto:boss@abc.co.jp"), f -> f.c.getFilters(),
						"boss@abc.co.jp"));
	}

	/** Information findings (displayname.nonascii on a kanji name) are no problem a fix must avoid. */
	private static List<String> problems(Fixture f) {
		return Fixture.describe(f.findings().stream().filter(x -> x.severity() != Severity.INFO).toList());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "spam..jp", "boss@abc.co.jp", "http://" })
	void noFixWhereTheIntentOfAFilterEntryIsUnclear(String entry) {
		Fixture f = new Fixture();
		Fixture.filters(f.b).getDenyDomains().add(entry);
		Finding finding = f.findings("filter.entry").get(0);
		BasicCommandStack stack = new BasicCommandStack();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack);
		assertFalse(QuickFixes.forFinding(finding).orElseThrow().createCommand(domain, finding).canExecute());
	}

	private static Finding findingOn(Fixture f, FixCase c) {
		EObject target = c.target().apply(f);
		List<Finding> onTarget = f.findings(c.rule()).stream().filter(x -> x.target() == target).toList();
		assertEquals(1, onTarget.size(), () -> Fixture.describe(f.findings()).toString());
		return onTarget.get(0);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void fixRemovesTheFindingAndUndoRestoresEveryValue(FixCase c) {
		Fixture f = new Fixture();
		c.setup().accept(f);
		Finding finding = findingOn(f, c);
		Workspace original = EcoreUtil.copy(f.workspace);
		List<Finding> findingsBefore = f.findings();

		QuickFix fix = QuickFixes.forFinding(finding).orElseThrow();
		BasicCommandStack stack = new BasicCommandStack();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack);
		Command command = fix.createCommand(domain, finding);
		assertTrue(command.canExecute(), "command cannot execute");
		stack.execute(command);

		assertFalse(EcoreUtil.equals(original, f.workspace), "the fix changed nothing");
		assertEquals(List.of(), Fixture.describe(f.findings(c.rule())), "finding still there after the fix");
		assertEquals(List.of(), problems(f), "the fix left or caused other findings");
		assertFalse(fix.createCommand(domain, finding).canExecute(), "nothing is left to fix, yet the fix is offered");

		assertTrue(stack.canUndo());
		stack.undo();
		assertTrue(EcoreUtil.equals(original, f.workspace), "undo did not restore the original values");
		assertEquals(findingsBefore, f.findings());

		stack.redo();
		assertEquals(List.of(), problems(f), "redo did not repair again");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void labelInEnglishAndJapanese(FixCase c) {
		Fixture f = new Fixture();
		c.setup().accept(f);
		Finding finding = findingOn(f, c);
		QuickFix fix = QuickFixes.forFinding(finding).orElseThrow();
		String english = fix.label(Locale.ENGLISH, finding);
		String japanese = fix.label(Locale.JAPANESE, finding);
		assertAll(() -> assertFalse(english.isBlank()), () -> assertFalse(japanese.isBlank()),
				() -> assertNotEquals(english, japanese),
				() -> assertFalse(english.startsWith("fix."), english),
				() -> assertFalse(Fixture.PLACEHOLDER.matcher(english).find(), english),
				() -> assertFalse(Fixture.PLACEHOLDER.matcher(japanese).find(), japanese),
				() -> assertTrue(Fixture.JAPANESE.matcher(japanese).find(), japanese),
				() -> assertTrue(japaneseSpecifics(c) || !Fixture.JAPANESE.matcher(english).find(), english), () -> {
					for (String specific : c.labelSpecifics()) {
						assertTrue(english.contains(specific), () -> english + " lacks " + specific);
						assertTrue(japanese.contains(specific), () -> japanese + " lacks " + specific);
					}
				});
	}

	private static boolean japaneseSpecifics(FixCase c) {
		return c.labelSpecifics().stream().anyMatch(x -> Fixture.JAPANESE.matcher(x).find());
	}
}
