package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.ServerForwards;
import cc.enet.mailbox.rules.Validation;

/**
 * After a plan, forward.loop follows the server's own forwarding too: addresses the workspace does not manage, and
 * forwards a customer set in webmail, can close a loop. Disabled mailboxes and those marked for removal are no hops.
 */
class ServerForwardLoopTest {

	private static Map<String, String> loops(Fixture f, ServerForwards server) {
		Map<String, String> loops = new TreeMap<>();
		for (Finding finding : new Validation().findings(f.workspace, server)) {
			if (finding.ruleId().equals("forward.loop")) {
				loops.put(finding.mailbox(), finding.message(Locale.ENGLISH));
			}
		}
		return loops;
	}

	private static ServerForwards server(Map<String, List<String>> forwards) {
		return ServerForwards.of("live", forwards);
	}

	@Test
	void aLoopThroughAnUnmanagedMailboxIsSeenOnlyWithTheServer() {
		Fixture f = new Fixture();
		Fixture.forward(f.a, "webmail@x.jp");
		ServerForwards live = server(Map.of("webmail@x.jp", List.of("a@x.jp"), "a@x.jp", List.of("webmail@x.jp")));
		assertEquals(Map.of(), loops(f, ServerForwards.NONE), "the workspace alone has no loop");
		assertEquals(Map.of("a@x.jp", "Forwarding loop: a@x.jp → webmail@x.jp* → a@x.jp. Mail would circle for ever. "
				+ "* = forwarding set only on the server, not in this workspace: webmail@x.jp."), loops(f, live));
	}

	@Test
	void aLongLoopMixesWorkspaceAndServerHopsAndMarksOnlyTheServerOnes() {
		Fixture f = new Fixture();
		Fixture.forward(f.a, "b@y.jp");
		Fixture.forward(f.b, "old@y.jp");
		ServerForwards live = server(Map.of("old@y.jp", List.of("Alias@Z.jp"), "alias@z.jp", List.of("a@x.jp"),
				"unrelated@z.jp", List.of("b@y.jp")));
		Map<String, String> loops = loops(f, live);
		assertEquals(2, loops.size(), loops::toString);
		assertTrue(loops.get("a@x.jp").startsWith("Forwarding loop: a@x.jp → b@y.jp → old@y.jp* → alias@z.jp* → a@x.jp."),
				loops.get("a@x.jp"));
		assertTrue(loops.get("b@y.jp").contains("alias@z.jp, old@y.jp"), loops.get("b@y.jp"));
	}

	@Test
	void theWorkspaceForwardingOfAManagedMailboxWinsOverTheServers() {
		Fixture f = new Fixture();
		Fixture.forward(f.a, "b@y.jp");
		// The server still has b forwarding back to a, but the workspace (what apply writes) has b forward nowhere.
		ServerForwards live = server(Map.of("b@y.jp", List.of("a@x.jp")));
		assertEquals(Map.of(), loops(f, live));
	}

	@Test
	void aDisabledMailboxIsNoHop() {
		Fixture f = new Fixture();
		Fixture.forward(f.a, "b@y.jp");
		Fixture.forward(f.b, "a@x.jp");
		f.b.setEnabled(false);
		assertEquals(Map.of(), loops(f, ServerForwards.NONE));
	}

	@Test
	void aMailboxMarkedForRemovalIsNoHopEvenWhenTheServerStillForwards() {
		Fixture f = new Fixture();
		Fixture.forward(f.a, "b@y.jp");
		Fixture.forward(f.b, "c@z.jp");
		Fixture.forward(f.c, "a@x.jp");
		f.c.setMarkedForRemoval(true);
		ServerForwards live = server(Map.of("c@z.jp", List.of("a@x.jp")));
		assertEquals(Map.of(), loops(f, live));
	}

	@Test
	void theJapaneseMessageNamesTheServerOnlyHops() {
		Fixture f = new Fixture();
		Fixture.forward(f.a, "webmail@x.jp");
		ServerForwards live = server(Map.of("webmail@x.jp", List.of("a@x.jp")));
		Finding finding = new Validation().findings(f.workspace, live).stream()
				.filter(x -> x.ruleId().equals("forward.loop")).findFirst().orElseThrow();
		String japanese = finding.message(Locale.JAPANESE);
		assertTrue(japanese.contains("a@x.jp → webmail@x.jp* → a@x.jp"), japanese);
		assertTrue(japanese.contains("サーバー上だけ"), japanese);
	}
}
