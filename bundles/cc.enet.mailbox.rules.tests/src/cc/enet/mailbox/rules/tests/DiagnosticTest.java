package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.MailboxRulesValidator;
import cc.enet.mailbox.rules.Rules;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.rules.Validation;

/** The rules run through EMF's Diagnostician; editors and the CLI read the diagnostic tree. */
class DiagnosticTest {

	private static final Map<Severity, Integer> EMF_SEVERITY = Map.of(Severity.ERROR, Diagnostic.ERROR, Severity.WARNING,
			Diagnostic.WARNING, Severity.INFO, Diagnostic.INFO);

	/** One error, one warning, one info. */
	private static Fixture mixed() {
		Fixture f = new Fixture();
		RuleCases.set(f.endpoint("x.jp", Protocol.POP3), TlsMode.NONE, 110);
		f.b.setSendEncoding(SendEncoding.UTF_8);
		Fixture.filters(f.c).setRejectSpam(true);
		return f;
	}

	private static List<Diagnostic> leaves(Diagnostic diagnostic) {
		List<Diagnostic> leaves = new ArrayList<>();
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getChildren().isEmpty()) {
				leaves.add(child);
			} else {
				leaves.addAll(leaves(child));
			}
		}
		return leaves;
	}

	@Test
	void childrenCarryFindingsAndMappedSeverities() {
		Fixture f = mixed();
		Diagnostic diagnostic = new Validation().diagnose(f.workspace, Locale.JAPANESE);

		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
		List<Diagnostic> children = leaves(diagnostic);
		assertEquals(3, children.size(), children::toString);
		List<String> seen = new ArrayList<>();
		for (Diagnostic child : children) {
			assertEquals(3, child.getData().size());
			Finding finding = assertInstanceOf(Finding.class, child.getData().get(2));
			assertSame(finding.target(), child.getData().get(0));
			assertSame(finding.feature(), child.getData().get(1));
			assertEquals(EMF_SEVERITY.get(finding.severity()), child.getSeverity(), finding.ruleId());
			assertEquals(MailboxRulesValidator.SOURCE, child.getSource());
			assertEquals(Rules.codeOf(finding.ruleId()), child.getCode());
			assertTrue(child.getCode() > 0);
			assertEquals(finding.message(Locale.JAPANESE), child.getMessage());
			assertTrue(Fixture.JAPANESE.matcher(child.getMessage()).find(), child.getMessage());
			seen.add(finding.ruleId() + " " + finding.severity() + " " + finding.place());
		}
		assertEquals(List.of("tls.required ERROR x.jp", "encoding.utf8 WARNING b@y.jp", "filter.spam.accuracy INFO c@z.jp"),
				seen);
		assertSame(f.endpoint("x.jp", Protocol.POP3), children.get(0).getData().get(0));
	}

	@Test
	void messagesFollowTheRequestedLocale() {
		Fixture f = mixed();
		Diagnostic english = new Validation().diagnose(f.workspace, Locale.ENGLISH);
		Diagnostic japanese = new Validation().diagnose(f.workspace, Locale.JAPANESE);
		List<Diagnostic> en = leaves(english);
		List<Diagnostic> ja = leaves(japanese);
		assertEquals(en.size(), ja.size());
		for (int i = 0; i < en.size(); i++) {
			Finding finding = (Finding) en.get(i).getData().get(2);
			assertEquals(finding.message(Locale.ENGLISH), en.get(i).getMessage());
			assertEquals(finding.message(Locale.JAPANESE), ja.get(i).getMessage());
			assertTrue(!en.get(i).getMessage().equals(ja.get(i).getMessage()));
		}
		assertEquals("POP3 on port 110 has no TLS: the guide requires TLS for receiving and sending.",
				en.get(0).getMessage());
	}

	@Test
	void rootSeverityIsTheWorstFinding() {
		Fixture warningOnly = new Fixture();
		warningOnly.a.setSendEncoding(SendEncoding.UTF_8);
		assertEquals(Diagnostic.WARNING, new Validation().diagnose(warningOnly.workspace, Locale.ENGLISH).getSeverity());

		Fixture infoOnly = new Fixture();
		Fixture.filters(infoOnly.a).setRejectSpam(true);
		assertEquals(Diagnostic.INFO, new Validation().diagnose(infoOnly.workspace, Locale.ENGLISH).getSeverity());

		Diagnostic clean = new Validation().diagnose(new Fixture().workspace, Locale.ENGLISH);
		assertEquals(Diagnostic.OK, clean.getSeverity());
		assertEquals(List.of(), clean.getChildren());
	}

	@Test
	void findingsAndSummaryAgreeWithTheDiagnostic() {
		Fixture f = mixed();
		List<Finding> findings = f.findings();
		assertEquals(new Validation.Summary(1, 1, 1), Validation.Summary.of(findings));
		List<Finding> fromDiagnostic = leaves(new Validation().diagnose(f.workspace, Locale.ENGLISH)).stream()
				.map(d -> (Finding) d.getData().get(2)).toList();
		assertEquals(findings, fromDiagnostic);
	}

	@Test
	void diagnosingOneDomainStillSeesLoopsThroughOtherCustomers() {
		Fixture f = new Fixture();
		Fixture.forward(f.a, "b@y.jp");
		Fixture.forward(f.b, "a@x.jp");
		List<Diagnostic> children = leaves(new Validation().diagnose(f.domain("x.jp"), Locale.ENGLISH));
		assertEquals(1, children.size(), children::toString);
		Finding finding = (Finding) children.get(0).getData().get(2);
		assertEquals("forward.loop", finding.ruleId());
		assertEquals("a@x.jp", finding.mailbox());
		assertEquals(Diagnostic.ERROR, children.get(0).getSeverity());
		assertTrue(children.get(0).getMessage().contains("a@x.jp → b@y.jp → a@x.jp"), children.get(0).getMessage());
	}
}
