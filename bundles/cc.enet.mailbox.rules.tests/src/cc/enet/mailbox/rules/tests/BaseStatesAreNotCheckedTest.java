package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.ServerState;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.rules.ChangedObjects;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.IncrementalValidation;
import cc.enet.mailbox.rules.Validation;

/**
 * What a server was last seen to hold (a mailbox's base state, with its own copy of the forwarding) is a record, not
 * a setting: an apply that records a kept copy as the base must not list forward.keepcopy a second time, in the full
 * validation, the incremental one (the console's Problems view) or EMF's Diagnostician.
 */
class BaseStatesAreNotCheckedTest {

	@Test
	void aForwardingRecordedAsTheServersBaseIsNotASecondFinding() {
		Workspace workspace = Models.workspace("x.jp");
		Mailbox mailbox = Models.mailbox(workspace, "a@x.jp");
		Fixture.forward(mailbox, "b@elsewhere.jp");
		mailbox.getForwarding().setKeepCopy(true);
		ChangedObjects changes = new ChangedObjects();
		workspace.eAdapters().add(changes);
		IncrementalValidation incremental = new IncrementalValidation(workspace);
		assertEquals(1, keepCopies(incremental.findings()));

		// what apply does: the server's state, forwarding with a kept copy, becomes the base
		ServerState base = MailboxFactory.eINSTANCE.createServerState();
		base.setServer("prod");
		Forwarding recorded = MailboxFactory.eINSTANCE.createForwarding();
		recorded.getTargets().add("b@elsewhere.jp");
		recorded.setKeepCopy(true);
		base.setForwarding(recorded);
		mailbox.getServerStates().add(base);

		assertEquals(1, keepCopies(incremental.update(changes.drain())), "the console after an apply");
		assertEquals(1, keepCopies(new Validation().findings(workspace)), "./mailbox validate");
		assertEquals(1, keepCopies(new Validation().findingsByDiagnostician(workspace)), "EMF's Diagnostician");
	}

	private static long keepCopies(List<Finding> findings) {
		return findings.stream().filter(f -> f.ruleId().equals("forward.keepcopy")).count();
	}
}
