package cc.enet.mailbox.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.team.merge.MergeConflict;
import cc.enet.mailbox.team.merge.MergeDecisions;
import cc.enet.mailbox.team.merge.ModelMerge;

/** The field-by-field merge of two staff members' workspaces against their common base. */
class ModelMergeTest {

	private final Workspace base = workspace();
	private final Workspace mine = EcoreUtil.copy(base);
	private final Workspace theirs = EcoreUtil.copy(base);

	@Test
	void mailboxesAddedOnBothSidesAreBothKept() {
		domain(mine).getMailboxes().add(mailbox("ito@abc.test", 100));
		domain(theirs).getMailboxes().add(mailbox("kato@abc.test", 200));
		ModelMerge merge = new ModelMerge(MergeDecisions.none()).merge(base, mine, theirs);
		assertTrue(merge.conflicts().isEmpty(), merge.conflicts()::toString);
		assertEquals(List.of("tanaka@abc.test", "ito@abc.test", "kato@abc.test"),
				domain(mine).getMailboxes().stream().map(Mailbox::getAddress).toList());
	}

	@Test
	void aListOfTargetsIsOneFieldAsOnAServer() {
		forwarding(mine).getTargets().add("a@xyz.test");
		forwarding(theirs).getTargets().add("b@xyz.test");
		ModelMerge merge = new ModelMerge(MergeDecisions.none()).merge(base, mine, theirs);
		assertEquals(List.of(new MergeConflict("tanaka@abc.test", "forwarding.targets", "-", "a@xyz.test", "b@xyz.test")),
				merge.unresolved());
	}

	@Test
	void aMailboxRemovedHereButChangedThereIsAConflictUntilDecided() {
		domain(mine).getMailboxes().clear();
		domain(theirs).getMailboxes().get(0).setQuotaMb(900);
		ModelMerge undecided = new ModelMerge(MergeDecisions.none()).merge(base, EcoreUtil.copy(mine), theirs);
		assertEquals(List.of(new MergeConflict("tanaka@abc.test", MergeConflict.EXISTS, "yes", "no (removed)", "yes (changed)")),
				undecided.unresolved());

		new ModelMerge(new MergeDecisions(null).take("tanaka@abc.test", MergeDecisions.Take.THEIRS)).merge(base, mine, theirs);
		assertEquals(900, domain(mine).getMailboxes().get(0).getQuotaMb());
	}

	@Test
	void aMailboxRemovedThereAndUntouchedHereIsRemoved() {
		domain(theirs).getMailboxes().clear();
		domain(mine).setCourseFreeForwarding(true); // a change elsewhere in the same domain
		ModelMerge merge = new ModelMerge(MergeDecisions.none()).merge(base, mine, theirs);
		assertTrue(merge.conflicts().isEmpty());
		assertTrue(domain(mine).getMailboxes().isEmpty());
		assertTrue(domain(mine).isCourseFreeForwarding());
	}

	@Test
	void decisionsForAllKeepMineOrTakeTheirs() {
		domain(mine).getMailboxes().get(0).setQuotaMb(10);
		domain(theirs).getMailboxes().get(0).setQuotaMb(20);
		Workspace kept = EcoreUtil.copy(mine);
		ModelMerge keep = new ModelMerge(new MergeDecisions(MergeDecisions.Take.MINE)).merge(base, kept, theirs);
		assertTrue(keep.unresolved().isEmpty());
		assertEquals(1, keep.conflicts().size(), "still reported: decided, not silent");
		assertEquals(10, domain(kept).getMailboxes().get(0).getQuotaMb());
		new ModelMerge(new MergeDecisions(MergeDecisions.Take.THEIRS)).merge(base, mine, theirs);
		assertEquals(20, domain(mine).getMailboxes().get(0).getQuotaMb());
	}

	private static Workspace workspace() {
		Workspace workspace = MailboxFactory.eINSTANCE.createWorkspace();
		Customer customer = MailboxFactory.eINSTANCE.createCustomer();
		customer.setId("abc");
		Domain domain = MailboxFactory.eINSTANCE.createDomain();
		domain.setName("abc.test");
		Mailbox mailbox = mailbox("tanaka@abc.test", 500);
		mailbox.setForwarding(MailboxFactory.eINSTANCE.createForwarding());
		domain.getMailboxes().add(mailbox);
		customer.getDomains().add(domain);
		workspace.getCustomers().add(customer);
		return workspace;
	}

	private static Mailbox mailbox(String address, int quota) {
		Mailbox mailbox = MailboxFactory.eINSTANCE.createMailbox();
		mailbox.setAddress(address);
		mailbox.setQuotaMb(quota);
		return mailbox;
	}

	private static Domain domain(Workspace workspace) {
		return workspace.getCustomers().get(0).getDomains().get(0);
	}

	private static Forwarding forwarding(Workspace workspace) {
		return domain(workspace).getMailboxes().get(0).getForwarding();
	}
}
