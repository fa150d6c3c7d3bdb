package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.apply.ApplyOperation;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.AuditChain;
import cc.enet.mailbox.connector.apply.AuditLog;
import cc.enet.mailbox.connector.apply.ChangeResult.Status;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.Journal;
import cc.enet.mailbox.connector.apply.ModelChanges;
import cc.enet.mailbox.connector.apply.PlanRefusals;
import cc.enet.mailbox.connector.apply.Pull;
import cc.enet.mailbox.connector.json.Json;
import cc.enet.mailbox.connector.plan.ModelStates;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry.Kind;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.core.credentials.CredentialEdits;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.test.support.CsvWorkspace;

class PlanAndApplyTest {

	@TempDir
	Path dir;
	FakeServer server = new FakeServer();
	SessionCredentialStore credentials = new SessionCredentialStore();
	@RegisterExtension
	final CsvWorkspace twoDomains = CsvWorkspace.of(credentials, """
			address,password,forward_to,deny_domains
			a@abc.jp,pw-a,b@xyz.jp,
			b@abc.jp,pw-b,,spam.example
			c@abc.jp,pw-c,,
			a@xyz.jp,pw-a,,
			b@xyz.jp,pw-b,,
			c@xyz.jp,pw-c,,
			""");
	MailboxWorkspace workspace;

	@BeforeEach
	void workspace() {
		workspace = twoDomains.workspace();
	}

	private Mailbox mailbox(String address) {
		return workspace.findMailbox(address).orElseThrow();
	}

	private Plan plan() {
		return new Planner("fake", server.capabilities())
				.plan(workspace.root(), server.read(Planner.domainsOf(workspace.root()), new NullProgressMonitor()));
	}

	private ApplyReport apply(Plan plan, Decisions decisions) throws Exception {
		return new ApplyOperation(workspace, server, plan, decisions, credentials).run(new NullProgressMonitor());
	}

	@Test
	void aFreshServerGetsDomainsFirstThenAccountsThenSettings() throws Exception {
		Plan plan = plan();
		assertEquals(2, plan.entries().stream().filter(e -> e.kind() == Kind.CREATE && e.mailbox() == null).count());
		assertEquals(6, plan.entries().stream().filter(e -> e.kind() == Kind.CREATE && e.mailbox() != null).count());

		ApplyReport report = apply(plan, Decisions.none());

		assertTrue(report.succeeded(), report.toString());
		assertEquals(List.of("create domain abc.jp", "create domain xyz.jp"), server.applied.subList(0, 2));
		int created = server.applied.indexOf("create mailbox a@abc.jp");
		assertTrue(created < server.applied.indexOf("set forwarding of a@abc.jp to b@xyz.jp"));
		assertFalse(server.applied.stream().anyMatch(c -> c.startsWith("set quota of a@abc.jp")),
				"a mailbox without a quota of its own keeps the server's default: " + server.applied);
		assertEquals("pw-a", server.passwords.get("a@abc.jp"));
		assertEquals("pw-a", new String(MailboxPasswords.of(credentials, workspace.folder()).load("a@abc.jp").orElseThrow()), "kept to restore an account the server lost");
		assertEquals(List.of("b@xyz.jp"), server.mailboxes.get("a@abc.jp").forwarding().targets());
		assertEquals(List.of("spam.example"), server.mailboxes.get("b@abc.jp").filters().denyDomains());
	}

	@Test
	void reApplyingAnAppliedModelPlansNothing() throws Exception {
		apply(plan(), Decisions.none());
		Plan again = plan();
		assertEquals(List.of(), again.changes());
		assertEquals(List.of(), again.conflicts());
	}

	@Test
	void serverSideDriftIsAConflictThatApplyLeavesAloneUnlessTold() throws Exception {
		apply(plan(), Decisions.none());
		// A customer changes forwarding in webmail.
		server.mailboxes.compute("a@abc.jp", (k, s) -> s.withForwarding(new MailboxState.Forwarding(List.of("new@elsewhere.jp"), true)));
		mailbox("a@abc.jp").setQuotaMb(2048); // and staff change something else meanwhile

		Plan plan = plan();
		PlanEntry conflict = plan.conflicts().get(0);
		assertEquals(1, plan.conflicts().size());
		assertEquals(Field.FORWARDING, conflict.field());
		assertEquals("new@elsewhere.jp (keep copy)", conflict.server());
		assertEquals("b@xyz.jp", conflict.model());
		assertEquals("b@xyz.jp", conflict.base());

		ApplyReport report = apply(plan, Decisions.none());
		assertEquals(1, report.conflictsLeft());
		assertEquals(List.of("new@elsewhere.jp"), server.mailboxes.get("a@abc.jp").forwarding().targets(), "not overwritten");
		assertEquals(2048, server.mailboxes.get("a@abc.jp").quotaMb(), "the rest was applied");
		assertEquals(1, plan().conflicts().size(), "still a conflict next time, not an update");

		apply(plan(), new Decisions(null).take("a@abc.jp", Decisions.Take.MINE));
		assertEquals(List.of("b@xyz.jp"), server.mailboxes.get("a@abc.jp").forwarding().targets());
		assertEquals(List.of(), plan().entries().stream().filter(e -> e.kind() != Kind.UNSUPPORTED).toList());
	}

	@Test
	void takeTheirsAndPullBringTheServersValueIntoTheModel() throws Exception {
		apply(plan(), Decisions.none());
		server.mailboxes.compute("a@abc.jp", (k, s) -> s.withForwarding(new MailboxState.Forwarding(List.of("x@elsewhere.jp"), false)));

		ApplyReport report = apply(plan(), new Decisions(Decisions.Take.THEIRS));
		assertEquals(1, report.conflictsTakenFromServer());
		assertEquals(List.of("x@elsewhere.jp"), mailbox("a@abc.jp").getForwarding().getTargets());
		assertEquals(List.of(), plan().conflicts());

		server.mailboxes.compute("c@xyz.jp", (k, s) -> s.withQuota(300));

		List<String> pulled = Pull.run(workspace.root(), "fake", server.read(Set.of(), null), server.capabilities());
		assertEquals(List.of("c@xyz.jp"), pulled);
		assertEquals(300, mailbox("c@xyz.jp").getQuotaMb());
		assertEquals(List.of(), plan().changes());
	}

	/** Records each call of the model changes, and what the model held just before it. */
	private final class RecordedChanges implements ModelChanges {
		final List<String> labels = new ArrayList<>();
		final List<Set<String>> mailboxes = new ArrayList<>();
		final List<Boolean> hadBase = new ArrayList<>();

		@Override
		public void make(String label, Collection<Mailbox> touched, Runnable change) {
			labels.add(label);
			mailboxes.add(touched.stream().map(Mailbox::getAddress).collect(Collectors.toCollection(TreeSet::new)));
			hadBase.add(ModelStates.base(mailbox("a@abc.jp"), "fake") != null);
			change.run();
		}
	}

	@Test
	void anApplyOrAPullChangesTheModelInOneStepOnlyWhereItDiffers() throws Exception {
		RecordedChanges changes = new RecordedChanges();
		Plan first = plan();
		new ApplyOperation(workspace, server, first, Decisions.none(), credentials).modelChanges(changes).run(new NullProgressMonitor());
		assertEquals(1, changes.labels.size(), "one step for the whole apply");
		assertTrue(changes.labels.get(0).contains("fake"), changes.labels::toString);
		assertEquals(Set.of("a@abc.jp", "b@abc.jp", "c@abc.jp", "a@xyz.jp", "b@xyz.jp", "c@xyz.jp"), changes.mailboxes.get(0));
		assertEquals(List.of(false), changes.hadBase, "no base was written before the one step");
		assertNotNull(ModelStates.base(mailbox("a@abc.jp"), "fake"));

		new ApplyOperation(workspace, server, plan(), Decisions.none(), credentials).modelChanges(changes).run(new NullProgressMonitor());
		assertEquals(1, changes.labels.size(), "nothing to change: no step at all");

		server.mailboxes.compute("a@abc.jp", (k, s) -> s.withForwarding(new MailboxState.Forwarding(List.of("x@elsewhere.jp"), false)));
		new ApplyOperation(workspace, server, plan(), new Decisions(Decisions.Take.THEIRS), credentials).modelChanges(changes)
				.run(new NullProgressMonitor());
		assertEquals(Set.of("a@abc.jp"), changes.mailboxes.get(1), "only the mailbox whose value was taken");
		assertEquals(List.of("x@elsewhere.jp"), mailbox("a@abc.jp").getForwarding().getTargets());

		server.mailboxes.compute("c@xyz.jp", (k, s) -> s.withQuota(300));
		List<String> pulled = Pull.run(workspace.root(), "fake", server.read(Set.of(), null), server.capabilities(), changes);
		assertEquals(List.of("c@xyz.jp"), pulled);
		assertEquals(3, changes.labels.size());
		assertEquals(Set.of("c@xyz.jp"), changes.mailboxes.get(2), "a pull touches only what differs");
		assertEquals(300, mailbox("c@xyz.jp").getQuotaMb());
		assertEquals(List.of(), plan().changes());
	}

	@Test
	void oneFailureSkipsOnlyWhatDependsOnIt() throws Exception {
		mailbox("b@abc.jp").setQuotaMb(2048);
		server.refuse.add("create mailbox b@abc.jp");
		ApplyReport report = apply(plan(), Decisions.none());

		assertFalse(report.succeeded());
		assertNull(report.serverFailure());
		assertEquals(1, report.count(Status.FAILED));
		assertTrue(report.results().stream().anyMatch(r -> r.change().describe().startsWith("set quota of b@abc.jp to 2048") && r.status() == Status.SKIPPED));
		assertTrue(server.mailboxes.containsKey("c@abc.jp"));
		assertEquals(List.of("create mailbox b@abc.jp"), plan().changes().stream().filter(e -> e.kind() == Kind.CREATE)
				.map(e -> e.change().describe()).toList(), "re-running converges on what is missing");
	}

	@Test
	void aServerThatGoesAwayStopsTheRestAndResumesLater() throws Exception {
		server.goneAfter.set(5);
		ApplyReport report = apply(plan(), Decisions.none());
		assertNotNull(report.serverFailure());
		assertTrue(report.count(Status.NOT_ATTEMPTED) > 0);

		server.goneAfter.set(-1);
		assertTrue(apply(plan(), Decisions.none()).succeeded());
		assertEquals(List.of(), plan().changes());
	}

	@Test
	void aMissingInitialPasswordFailsThatAccountWithAClearMessage() throws Exception {
		MailboxPasswords.of(credentials, workspace.folder()).remove("c@xyz.jp");
		ApplyReport report = apply(plan(), Decisions.none());
		var failed = report.results().stream().filter(r -> r.status() == Status.FAILED).toList();
		assertEquals(1, failed.size());
		assertTrue(failed.get(0).message().contains("no initial password for c@xyz.jp"), failed.get(0).message());
	}

	@Test
	void anExceptionInAWorkerFailsOnlyItsChangeAndTheNextApplyConverges() throws Exception {
		server.explode.add("create mailbox b@abc.jp");
		ApplyReport report = apply(plan(), Decisions.none());

		var failed = report.results().stream().filter(r -> r.status() == Status.FAILED).toList();
		assertEquals(List.of("create mailbox b@abc.jp"), failed.stream().map(r -> r.change().describe()).toList());
		assertTrue(failed.get(0).message().contains("IllegalStateException: defect on purpose"), failed.get(0).message());
		assertTrue(server.mailboxes.containsKey("a@xyz.jp") && server.mailboxes.containsKey("c@abc.jp"),
				"the other workers went on");
		assertTrue(AuditChain.verify(workspace.folder()).intact());
		assertTrue(new Journal(workspace.folder(), "fake").interrupted().isEmpty(), "the journal ended whole");
		assertTrue(AuditChain.entries(workspace.folder()).stream().anyMatch(e -> e.fields() != null
				&& String.valueOf(e.fields()).contains("create mailbox b@abc.jp") && String.valueOf(e.fields()).contains("failed")),
				"the audit log has the failed change");

		server.explode.clear();
		assertTrue(apply(plan(), Decisions.none()).succeeded());
		assertEquals(List.of(), plan().changes());
	}

	@Test
	void thePlanSaysWhichMailboxesApplyWillRefuseAndApplyRefusesThoseInTheSameWords() throws Exception {
		MailboxPasswords.of(credentials, workspace.folder()).remove("c@xyz.jp");
		Plan plan = plan();
		var refusals = PlanRefusals.of(workspace, plan, credentials);
		assertEquals(Set.of("c@xyz.jp"), refusals.keySet());

		ApplyReport report = apply(plan, Decisions.none());
		var failed = report.results().stream().filter(r -> r.status() == Status.FAILED).toList();
		assertEquals(1, failed.size());
		assertEquals(refusals.get("c@xyz.jp").in(Locale.ROOT), failed.get(0).message(Locale.ROOT));
		assertEquals(Set.of("c@xyz.jp"), PlanRefusals.of(workspace, plan(), new SessionCredentialStore()).keySet(),
				"the mailboxes created need no password any more");
	}

	@Test
	void aDomainWhoseMailboxesAllLackAPasswordIsNotCreated() throws Exception {
		for (String user : List.of("a", "b", "c")) {
			MailboxPasswords.of(credentials, workspace.folder()).remove(user + "@xyz.jp");
		}
		ApplyReport report = apply(plan(), Decisions.none());

		assertFalse(server.domains.contains("xyz.jp"));
		assertTrue(server.domains.contains("abc.jp"));
		assertTrue(report.results().stream().anyMatch(r -> r.change().describe().equals("create domain xyz.jp")
				&& r.status() == Status.NOT_ATTEMPTED && r.message().contains("none of its mailboxes")), report.toString());
		assertEquals(3, report.results().stream().filter(r -> r.status() == Status.FAILED
				&& r.message().contains("no initial password")).count());
		assertFalse(server.applied.stream().anyMatch(c -> c.endsWith(" xyz.jp") || c.contains("@xyz.jp") && !c.startsWith("set forwarding of a@abc.jp")),
				"nothing of xyz.jp was sent: " + server.applied);
	}

	@Test
	void hundredsOfNewMailboxesApplyWithTheRealSecureStorageInOneWrite() throws Exception {
		SecureStorageCredentialStore store = SecureStorageCredentialStore.open(dir.resolve("home"));
		var d = workspace.root().getCustomers().get(0).getDomains().get(0);
		CredentialEdits imported = new CredentialEdits();
		for (int i = 0; i < 300; i++) {
			d.getMailboxes().add(MailboxModels.newMailbox(d, "bulk" + i + "@abc.jp"));
			imported.store("bulk" + i + "@abc.jp", ("pw-bulk-" + i).toCharArray());
		}
		for (String user : List.of("a", "b", "c")) {
			for (String domain : List.of("abc.jp", "xyz.jp")) {
				imported.store(user + "@" + domain, ("pw-" + user).toCharArray());
			}
		}
		MailboxPasswords.of(store, workspace.folder()).update(imported);
		long writesBefore = store.writes();

		ApplyReport report = new ApplyOperation(workspace, server, plan(), Decisions.none(), store).run(new NullProgressMonitor());

		assertTrue(report.succeeded(), report.toString());
		assertEquals(writesBefore + 1, store.writes(), "every password bound to the server in one write");
		assertEquals("pw-bulk-299", server.passwords.get("bulk299@abc.jp"));
		assertEquals(List.of(), plan().changes());
	}

	@Test
	void anInitialPasswordGoesOnlyToTheServerItWasFirstSentTo() throws Exception {
		MailServer fake = MailboxFactory.eINSTANCE.createMailServer();
		fake.setName("fake");
		fake.setUrl("https://mail.enet.example:8443");
		workspace.root().getServers().add(fake);
		assertTrue(apply(plan(), Decisions.none()).succeeded());

		// The server loses a@abc.jp (a restored backup), and the workspace now names another host for "fake".
		server.mailboxes.remove("a@abc.jp");
		server.passwords.clear();
		fake.setUrl("https://elsewhere.example:8443");
		ApplyReport report = apply(plan(), Decisions.none());

		var failed = report.results().stream().filter(r -> r.status() == Status.FAILED).toList();
		assertEquals(1, failed.size(), report.toString());
		String message = failed.get(0).message();
		assertTrue(message.contains("https://mail.enet.example:8443") && message.contains("https://elsewhere.example:8443"), message);
		assertFalse(server.passwords.containsKey("a@abc.jp"), "not sent to the other host");
		assertFalse(message.contains("pw-a"));
		String japanese = failed.get(0).message(Locale.JAPANESE);
		assertTrue(japanese.contains("初期パスワード") && japanese.contains("https://elsewhere.example:8443"), japanese);

		// Staff hand the password over again (an import with a password column): it goes to the new host.
		MailboxPasswords.of(credentials, workspace.folder()).store("a@abc.jp", "pw-a2".toCharArray());
		assertTrue(apply(plan(), Decisions.none()).succeeded());
		assertEquals("pw-a2", server.passwords.get("a@abc.jp"));
	}

	@Test
	void anInitialPasswordOfAnotherWorkspaceIsNeverSent() throws Exception {
		MailboxWorkspace other = WorkspaceStore.create(dir.resolve("other"), "other");
		var customer = MailboxModels.newCustomer("abc.jp", "abc.jp");
		var d = MailboxModels.newDomain("abc.jp");
		customer.getDomains().add(d);
		d.getMailboxes().add(MailboxModels.newMailbox(d, "z@abc.jp"));
		other.root().getCustomers().add(customer);
		MailboxPasswords.of(credentials, workspace.folder()).store("z@abc.jp", "pw-z".toCharArray());

		ApplyReport report = new ApplyOperation(other, server, new Planner("fake", server.capabilities())
				.plan(other.root(), server.read(Planner.domainsOf(other.root()), new NullProgressMonitor())), Decisions.none(),
				credentials).run(new NullProgressMonitor());

		assertFalse(server.passwords.containsKey("z@abc.jp"));
		assertTrue(report.results().stream().anyMatch(r -> r.status() == Status.FAILED
				&& r.message().contains("no initial password for z@abc.jp")), report.toString());
	}

	@Test
	void unmanagedMailboxesAreReportedNeverDeletedAndRemovalIsExplicit() throws Exception {
		apply(plan(), Decisions.none());
		server.mailboxes.put("stranger@abc.jp", new MailboxState("stranger@abc.jp", 10, null, null));
		Plan plan = plan();
		assertEquals(1, plan.entries().stream().filter(e -> e.kind() == Kind.UNMANAGED && e.mailbox().equals("stranger@abc.jp")).count());
		apply(plan, Decisions.none());
		assertTrue(server.mailboxes.containsKey("stranger@abc.jp"));

		mailbox("c@abc.jp").setMarkedForRemoval(true);
		assertEquals(List.of("delete mailbox c@abc.jp"), plan().changes().stream().map(e -> e.change().describe()).toList());
		apply(plan(), Decisions.none());
		assertFalse(server.mailboxes.containsKey("c@abc.jp"));
	}

	@Test
	void settingsTheServerCannotHoldAreListedAsUnsupported() {
		mailbox("a@abc.jp").getFilters().setRejectSpam(true);
		mailbox("a@abc.jp").setDisplayName("田中");
		List<PlanEntry> unsupported = plan().entries().stream().filter(e -> e.kind() == Kind.UNSUPPORTED).toList();
		assertEquals(List.of(Field.DISPLAY_NAME, Field.REJECT_SPAM),
				unsupported.stream().filter(e -> e.mailbox().equals("a@abc.jp")).map(PlanEntry::field).toList());
		assertEquals(List.of(PlanEntry.Reason.CLIENT_SIDE, PlanEntry.Reason.NOT_SUPPORTED),
				unsupported.stream().filter(e -> e.mailbox().equals("a@abc.jp")).map(PlanEntry::reason).toList());
	}

	@Test
	void fingerprintsFollowTheModelAndTheServer() throws Exception {
		Plan first = plan();
		assertEquals(first.modelFingerprint(), plan().modelFingerprint());
		mailbox("a@abc.jp").setQuotaMb(5);
		assertNotEquals(first.modelFingerprint(), plan().modelFingerprint());
		server.domains.add("abc.jp");
		assertNotEquals(first.serverFingerprint(), plan().serverFingerprint());
	}

	@Test
	void theJournalTellsAnInterruptedApplyAndTheAuditLogHoldsNoPassword() throws Exception {
		Journal journal = new Journal(workspace.folder(), "fake");
		Files.createDirectories(workspace.folder());
		journal.start("fake", 10);
		assertEquals(10, journal.interrupted().orElseThrow().planned());

		apply(plan(), Decisions.none());
		assertTrue(journal.interrupted().isEmpty());
		String audit = Files.readString(workspace.folder().resolve(AuditLog.FILE));
		assertTrue(audit.contains("\"change\":\"create mailbox a@abc.jp\""), audit);
		assertTrue(audit.contains("\"user\":\"" + System.getProperty("user.name") + "\""));
		assertFalse(audit.contains("pw-a"));
		assertEquals(server.applied.size(), new AuditLog(workspace.folder()).read().size());
	}

	@Test
	void anIntentIsOnDiskBeforeEachRequestAndItsResultAfter() throws Exception {
		apply(plan(), Decisions.none());

		List<String> lines = Files.readAllLines(workspace.folder().resolve(AuditLog.FILE));
		long intents = lines.stream().filter(l -> l.contains("\"event\":\"intent\"")).count();
		assertEquals(server.applied.size(), intents, "one intent per request");
		Map<String, Integer> intentAt = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			var fields = Json.object(Json.parse(lines.get(i)));
			String change = (String) fields.get("change");
			if ("intent".equals(fields.get("event"))) {
				intentAt.put(change, i);
			} else {
				assertTrue(intentAt.containsKey(change) && intentAt.get(change) < i, "the intent of " + change + " comes first");
			}
		}
		assertTrue(AuditChain.verify(workspace.folder()).intact());
	}

	@Test
	void cancellingStopsWhatHasNotStartedAndTheNextApplyCompletesIt() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private int worked;

			@Override
			public void worked(int work) {
				if (++worked == 4) {
					setCanceled(true); // the user presses Cancel after four changes
				}
			}
		};
		ApplyReport report = new ApplyOperation(workspace, server, plan(), Decisions.none(), credentials).run(monitor);

		assertTrue(report.cancelled());
		assertFalse(report.succeeded());
		assertTrue(report.count(Status.NOT_ATTEMPTED) > 0, report.toString());
		assertTrue(report.results().stream().filter(r -> r.status() == Status.NOT_ATTEMPTED).allMatch(r -> "cancelled".equals(r.message())));
		assertTrue(server.applied.size() < report.results().size(), "what was not started was not sent");

		assertTrue(apply(plan(), Decisions.none()).succeeded());
		assertEquals(List.of(), plan().changes());
	}
}
