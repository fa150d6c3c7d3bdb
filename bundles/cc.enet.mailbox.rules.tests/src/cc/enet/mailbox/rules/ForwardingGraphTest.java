package cc.enet.mailbox.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.model.MailboxModels;

/**
 * The forwarding graph on its own, without validation: which node mail to an address reaches, where a node forwards,
 * and the shortest loops found in it (inside the rules bundle, since these classes are its own).
 */
class ForwardingGraphTest {

	private final Domain domain = MailboxModels.newDomain("x.jp");
	private final List<Mailbox> mailboxes = new ArrayList<>();

	private Mailbox mailbox(String local, String... targets) {
		Mailbox mailbox = MailboxModels.newMailbox(domain, local + "@x.jp");
		domain.getMailboxes().add(mailbox);
		if (targets.length > 0) {
			MailboxModels.forwarding(mailbox).getTargets().addAll(List.of(targets));
		}
		mailboxes.add(mailbox);
		return mailbox;
	}

	private ForwardingGraph graph(ServerForwards server) {
		AddressIndex addresses = new AddressIndex(mailboxes.size());
		addresses.addAll(mailboxes);
		return new ForwardingGraph(addresses, server);
	}

	@Test
	void aMailboxForwardsToEachDestinationOnceAndNotToItself() {
		Mailbox a = mailbox("a", "b@x.jp", "B@X.JP", "a@x.jp", "nowhere@y.jp", "webmail@y.jp");
		Mailbox b = mailbox("b");
		ForwardingGraph graph = graph(ServerForwards.of("live", Map.of("webmail@y.jp", List.of("a@x.jp"))));

		assertEquals(List.of(b, "webmail@y.jp"), graph.successors(a), "an address neither side holds is no node");
		assertEquals(List.of(a), graph.successors("webmail@y.jp"), "a server-only address forwards as the server says");
	}

	@Test
	void mailToAnAddressReachesTheFirstOfItsMailboxesAndNeverADisabledOne() {
		Mailbox first = mailbox("dup");
		mailbox("dup");
		Mailbox off = mailbox("off");
		off.setEnabled(false);
		Mailbox leaving = mailbox("leaving");
		leaving.setMarkedForRemoval(true);
		ForwardingGraph graph = graph(ServerForwards.NONE);

		assertSame(first, graph.node("DUP@x.jp"));
		assertNull(graph.node("off@x.jp"), "a disabled mailbox forwards nothing");
		assertNull(graph.node("leaving@x.jp"), "nor does one marked for removal");
		assertNull(graph.node("unknown@x.jp"));
	}

	@Test
	void aForwardingAboutToBeAddedShowsTheLoopItWouldCloseWithTheServerOnlyHopsMarked() {
		Mailbox a = mailbox("a", "webmail@y.jp");
		Mailbox c = mailbox("c");
		ForwardingGraph graph = graph(ServerForwards.of("live", Map.of("webmail@y.jp", List.of("c@x.jp"))));

		ForwardingLoop loop = graph.loopIfForwarded(c, "a@x.jp");
		assertEquals(List.of("c@x.jp", "a@x.jp", "webmail@y.jp", "c@x.jp"), loop.path());
		assertEquals(Set.of("webmail@y.jp"), loop.serverOnly());
		assertTrue(graph.loopIfForwarded(a, "c@x.jp").isEmpty(), "c forwards nowhere: no loop");
	}

	@Test
	void eachMailboxOfALoopGetsItsShortestCycleAndOneOutsideGetsNone() {
		Mailbox a = mailbox("a", "b@x.jp", "c@x.jp");
		mailbox("b", "a@x.jp");
		mailbox("c", "d@x.jp");
		mailbox("d", "a@x.jp");
		Mailbox e = mailbox("e", "a@x.jp");

		Map<Mailbox, ForwardingLoop> loops = new ForwardLoops(graph(ServerForwards.NONE), mailboxes.size()).findFrom(mailboxes);

		assertEquals(List.of("a@x.jp", "b@x.jp", "a@x.jp"), loops.get(a).path(), "the shortest of a's two cycles");
		assertEquals(List.of("d@x.jp", "a@x.jp", "c@x.jp", "d@x.jp"), loops.get(mailboxes.get(3)).path());
		assertEquals(4, loops.size(), "a, b, c and d are in a loop");
		assertNull(loops.get(e), "e only forwards into the loop");
	}
}
