package cc.enet.mailbox.connector.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.connector.apply.ChangeResult.Status;
import cc.enet.mailbox.connector.plan.ModelStates;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.model.MailboxModels;

/**
 * The base states an apply leaves, worked out from its results alone (no server, no files): the model's value where a
 * change went through, the old base where it failed or a conflict was left alone, the server's where it was taken.
 */
class NewBasesTest {

	private static final String SERVER = "live";
	/** A server that holds quota and sender name, as far as these tests need. */
	private static final Capabilities CAPABILITIES = new Capabilities(Set.of(Field.QUOTA, Field.DISPLAY_NAME),
			Set.of(Field.ACCOUNT, Field.QUOTA, Field.DISPLAY_NAME), 1);

	private final Domain domain = MailboxModels.newDomain("x.jp");
	private final List<Mailbox> mailboxes = new ArrayList<>();
	private final Map<String, MailboxState> onServer = new HashMap<>();
	private final List<PlanEntry> entries = new ArrayList<>();
	private final List<ChangeResult> results = new ArrayList<>();

	private Mailbox mailbox(String local, int quotaMb) {
		Mailbox mailbox = MailboxModels.newMailbox(domain, local + "@x.jp");
		mailbox.setQuotaMb(quotaMb);
		domain.getMailboxes().add(mailbox);
		mailboxes.add(mailbox);
		return mailbox;
	}

	private void serverHolds(Mailbox mailbox, int quotaMb) {
		onServer.put(mailbox.getAddress(), state(mailbox, quotaMb));
	}

	private static MailboxState state(Mailbox mailbox, int quotaMb) {
		Map<Field, Object> values = new EnumMap<>(Field.class);
		values.put(Field.ACCOUNT, Boolean.TRUE);
		values.put(Field.QUOTA, quotaMb);
		values.put(Field.DISPLAY_NAME, "");
		return new MailboxState(mailbox.getAddress(), values);
	}

	private void quotaChange(Mailbox mailbox, Status status) {
		results.add(new ChangeResult(new Change.SetQuota(mailbox.getAddress(), "x.jp", mailbox.getQuotaMb()), status, null));
	}

	private Map<Mailbox, MailboxState> bases(Set<String> scope, Decisions decisions, List<TakenField> takes) {
		Plan plan = new Plan(SERVER, "m", "s", entries, new ServerSnapshot(Set.of("x.jp"), onServer), scope, CAPABILITIES);
		return new NewBases(plan, decisions, CAPABILITIES).of(mailboxes, takes, results);
	}

	private static Object quota(Map<Mailbox, MailboxState> bases, Mailbox mailbox) {
		return bases.get(mailbox).get(Field.QUOTA);
	}

	@Test
	void aChangeThatWentThroughMakesTheModelsValueTheBaseAndOneThatFailedKeepsTheOldBase() {
		Mailbox done = mailbox("done", 700);
		Mailbox failed = mailbox("failed", 700);
		serverHolds(done, 500);
		serverHolds(failed, 500);
		ModelStates.setBase(failed, SERVER, state(failed, 500));
		ModelStates.setBase(done, SERVER, state(done, 500));
		quotaChange(done, Status.DONE);
		quotaChange(failed, Status.FAILED);

		Map<Mailbox, MailboxState> bases = bases(null, Decisions.none(), List.of());

		assertEquals(700, quota(bases, done));
		assertFalse(bases.containsKey(failed), "a failed change leaves the base as it was: the next plan sends it again");
	}

	@Test
	void aMailboxNeitherOnTheServerNorCreatedGetsNoBaseAndOneCreatedGetsTheModel() {
		Mailbox absent = mailbox("absent", 100);
		Mailbox created = mailbox("created", 200);
		results.add(new ChangeResult(new Change.CreateMailbox(absent.getAddress(), "x.jp"), Status.FAILED, null));
		results.add(new ChangeResult(new Change.CreateMailbox(created.getAddress(), "x.jp"), Status.DONE, null));

		Map<Mailbox, MailboxState> bases = bases(null, Decisions.none(), List.of());

		assertEquals(Set.of(created), bases.keySet());
		assertEquals(200, quota(bases, created));
		assertEquals(Set.of(Field.QUOTA, Field.DISPLAY_NAME), bases.get(created).values().keySet(),
				"only the fields the server can hold");
	}

	@Test
	void aConflictLeftAloneKeepsItsOldBaseAndOneTakenFromTheServerGetsTheServersValue() {
		Mailbox left = mailbox("left", 700);
		Mailbox taken = mailbox("taken", 700);
		serverHolds(left, 600);
		serverHolds(taken, 600);
		ModelStates.setBase(left, SERVER, state(left, 500));
		ModelStates.setBase(taken, SERVER, state(taken, 500));
		entries.add(conflict(left));
		PlanEntry theirs = conflict(taken);
		entries.add(theirs);
		Decisions decisions = Decisions.none().take(taken.getAddress(), Decisions.Take.THEIRS);

		Map<Mailbox, MailboxState> bases = bases(null, decisions,
				List.of(new TakenField(taken, theirs, onServer.get(taken.getAddress()))));

		assertFalse(bases.containsKey(left), "the next plan must show the conflict again, not an update over it");
		assertEquals(600, quota(bases, taken));
	}

	@Test
	void aMailboxReadOnlyToFollowForwardingKeepsItsBase() {
		Mailbox planned = mailbox("planned", 700);
		Mailbox followed = mailbox("followed", 700);
		serverHolds(planned, 700);
		serverHolds(followed, 500);

		Map<Mailbox, MailboxState> bases = bases(Set.of("planned@x.jp"), Decisions.none(), List.of());

		assertEquals(Set.of(planned), bases.keySet());
	}

	private static PlanEntry conflict(Mailbox mailbox) {
		return new PlanEntry(PlanEntry.Kind.CONFLICT, "x.jp", mailbox.getAddress(), Field.QUOTA, "600", "700", "500",
				new Change.SetQuota(mailbox.getAddress(), "x.jp", 700));
	}
}
