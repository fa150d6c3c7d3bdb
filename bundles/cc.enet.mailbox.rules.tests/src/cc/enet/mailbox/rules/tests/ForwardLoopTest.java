package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.rules.Validation;

/** forward.loop needs the whole workspace: loops cross domains and customers. */
class ForwardLoopTest {

	/** mailbox → English message of its forward.loop finding. */
	private static Map<String, String> loops(Workspace workspace) {
		Map<String, String> loops = new TreeMap<>();
		for (Finding finding : new Validation().findings(workspace)) {
			if (finding.ruleId().equals("forward.loop")) {
				assertEquals(Severity.ERROR, finding.severity());
				assertEquals("forwarding.targets", finding.featurePath());
				String previous = loops.put(finding.mailbox(), finding.message(Locale.ENGLISH));
				assertEquals(null, previous, "reported twice on " + finding.mailbox());
			}
		}
		return loops;
	}

	private static String loop(String path) {
		return "Forwarding loop: " + path + ". Mail would circle for ever.";
	}

	@Test
	void loopOfTwoAcrossCustomersIsReportedOnBothMailboxes() {
		Fixture f = new Fixture();
		Fixture.forward(f.a, "b@y.jp");
		Fixture.forward(f.b, "a@x.jp");
		assertEquals(Map.of("a@x.jp", loop("a@x.jp → b@y.jp → a@x.jp"), "b@y.jp", loop("b@y.jp → a@x.jp → b@y.jp")),
				loops(f.workspace));
	}

	@Test
	void loopOfThreeAcrossCustomersIsReportedOnEveryMailboxFromItsOwnStart() {
		Fixture f = new Fixture();
		Fixture.forward(f.a, "b@y.jp");
		Fixture.forward(f.b, "c@z.jp");
		Fixture.forward(f.c, "a@x.jp");
		assertEquals(Map.of("a@x.jp", loop("a@x.jp → b@y.jp → c@z.jp → a@x.jp"), //
				"b@y.jp", loop("b@y.jp → c@z.jp → a@x.jp → b@y.jp"), //
				"c@z.jp", loop("c@z.jp → a@x.jp → b@y.jp → c@z.jp")), loops(f.workspace));
	}

	@Test
	void loopAcrossDomainsOfOneCustomer() {
		Workspace workspace = Models.workspace("x.jp");
		workspace.getCustomers().get(0).getDomains().add(MailboxModels.newDomain("x2.jp"));
		Mailbox a = Models.mailbox(workspace, "a@x.jp");
		Mailbox b = Models.mailbox(workspace, "b@x2.jp");
		Fixture.forward(a, "b@x2.jp");
		Fixture.forward(b, "a@x.jp");
		assertEquals(Map.of("a@x.jp", loop("a@x.jp → b@x2.jp → a@x.jp"), "b@x2.jp", loop("b@x2.jp → a@x.jp → b@x2.jp")),
				loops(workspace));
	}

	@Test
	void mailboxThatOnlyForwardsIntoTheLoopIsNotReported() {
		Fixture f = new Fixture();
		Mailbox feeder = f.add("feeder@x.jp");
		Fixture.forward(feeder, "a@x.jp");
		Fixture.forward(f.a, "b@y.jp");
		Fixture.forward(f.b, "a@x.jp");
		// c is forwarded to from the loop but does not lead back into it.
		Fixture.forward(f.b, "c@z.jp");
		Fixture.forward(f.c, "outside@example.com");
		assertEquals(Map.of("a@x.jp", loop("a@x.jp → b@y.jp → a@x.jp"), "b@y.jp", loop("b@y.jp → a@x.jp → b@y.jp")),
				loops(f.workspace));
	}

	@Test
	void loopOverAddressesInOtherCase() {
		Workspace workspace = Models.workspace("x.jp", "y.jp");
		Mailbox upper = Models.mailbox(workspace, "A@x.jp");
		Mailbox b = Models.mailbox(workspace, "b@y.jp");
		Fixture.forward(upper, "B@Y.JP");
		Fixture.forward(b, "a@x.jp");
		assertEquals(Map.of("A@x.jp", loop("A@x.jp → b@y.jp → A@x.jp"), "b@y.jp", loop("b@y.jp → A@x.jp → b@y.jp")),
				loops(workspace));
	}

	@Test
	void theShortestCycleIsShownWhenThereAreSeveral() {
		Fixture f = new Fixture();
		Fixture.forward(f.a, "b@y.jp", "c@z.jp");
		Fixture.forward(f.b, "c@z.jp");
		Fixture.forward(f.c, "a@x.jp");
		Map<String, String> loops = loops(f.workspace);
		assertEquals(loop("a@x.jp → c@z.jp → a@x.jp"), loops.get("a@x.jp"));
		assertEquals(loop("b@y.jp → c@z.jp → a@x.jp → b@y.jp"), loops.get("b@y.jp"));
		assertEquals(loop("c@z.jp → a@x.jp → c@z.jp"), loops.get("c@z.jp"));
		assertEquals(3, loops.size());
	}

	@Test
	void twoSeparateLoopsAreEachReported() {
		Fixture f = new Fixture();
		Mailbox d = f.add("d@x.jp");
		Mailbox e = f.add("e@y.jp");
		Fixture.forward(f.a, "b@y.jp");
		Fixture.forward(f.b, "a@x.jp");
		Fixture.forward(d, "e@y.jp");
		Fixture.forward(e, "d@x.jp");
		assertEquals(Map.of("a@x.jp", loop("a@x.jp → b@y.jp → a@x.jp"), "b@y.jp", loop("b@y.jp → a@x.jp → b@y.jp"),
				"d@x.jp", loop("d@x.jp → e@y.jp → d@x.jp"), "e@y.jp", loop("e@y.jp → d@x.jp → e@y.jp")),
				loops(f.workspace));
	}

	@Test
	void chainWithoutWayBackIsNoLoop() {
		Fixture f = new Fixture();
		Fixture.forward(f.a, "b@y.jp");
		Fixture.forward(f.b, "c@z.jp");
		Fixture.forward(f.c, "outside@example.com");
		assertEquals(Map.of(), loops(f.workspace));
		assertEquals(List.of(), Fixture.describe(f.findings()));
	}

	@Test
	void selfForwardIsForwardSelfNotALoop() {
		Fixture f = new Fixture();
		Fixture.forward(f.a, "a@x.jp");
		assertEquals(Map.of(), loops(f.workspace));
		assertEquals(List.of("forward.self a@x.jp forwarding.targets"), Fixture.describe(f.findings()));
	}

	@Test
	void theJapaneseMessageCarriesThePath() {
		Fixture f = new Fixture();
		Fixture.forward(f.a, "b@y.jp");
		Fixture.forward(f.b, "a@x.jp");
		Finding onA = f.findings("forward.loop").stream().filter(x -> x.mailbox().equals("a@x.jp")).findFirst()
				.orElseThrow();
		assertEquals("メール転送が無限ループになります: a@x.jp → b@y.jp → a@x.jp。重大なトラブルの原因になります。", onA.message(Locale.JAPANESE));
	}
}
