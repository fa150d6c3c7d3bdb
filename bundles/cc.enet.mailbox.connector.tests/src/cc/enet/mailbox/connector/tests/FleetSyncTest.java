package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.apply.AuditChain;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.FleetSync;
import cc.enet.mailbox.connector.apply.FleetSync.Section;
import cc.enet.mailbox.connector.plan.ModelStates;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.connector.plan.PlanEntry.Kind;
import cc.enet.mailbox.connector.session.ServerSessions;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.DomainServers;
import cc.enet.mailbox.model.WorkspaceWalk;
import cc.enet.mailbox.test.support.CsvWorkspace;

/**
 * A workspace whose domains live on two servers: each server plans and applies only its own domains, a domain
 * without a server is left out everywhere, a moved domain is created on its new server and removed from the old one
 * only when confirmed, and a server that is down fails only its own section. Against real servers:
 * FleetToJamesTest in connector.james.tests.
 */
class FleetSyncTest {

	SessionCredentialStore credentials = new SessionCredentialStore();
	@RegisterExtension
	final CsvWorkspace csv = CsvWorkspace.of(credentials, """
			address,password
			a@abc.jp,pw-a
			b@abc.jp,pw-b
			x@xyz.jp,pw-x
			n@none.jp,pw-n
			""").withDomains("""
			domain,pop3_host,smtp_host
			abc.jp,pop3.hetemail.jp,smtp.hetemail.jp
			xyz.jp,pop3.hetemail.jp,smtp.hetemail.jp
			none.jp,pop3.hetemail.jp,smtp.hetemail.jp
			""");
	MailboxWorkspace workspace;
	final Map<String, FakeServer> servers = Map.of("a", new FakeServer(), "b", new FakeServer());
	final Set<String> down = new TreeSet<>();

	@BeforeEach
	void twoServersWithADomainEach() {
		workspace = csv.workspace();
		for (String name : List.of("a", "b")) {
			MailServer server = MailboxFactory.eINSTANCE.createMailServer();
			server.setName(name);
			server.setKind("fake");
			server.setUrl("http://127.0.0.1:1/" + name);
			workspace.root().getServers().add(server);
		}
		domain("abc.jp").setServer("a");
		domain("xyz.jp").setServer("b");
	}

	private Domain domain(String name) {
		return WorkspaceWalk.domains(workspace.root()).stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
	}

	private FleetSync fleet() {
		return new FleetSync(workspace, server -> {
			if (down.contains(server.getName())) {
				throw new ConnectorException(ConnectorException.Kind.UNREACHABLE, server.getName() + " is down");
			}
			return new ServerSessions.Session(servers.get(server.getName()), List.of());
		});
	}

	private static Section section(List<Section> sections, String server) {
		return sections.stream().filter(s -> s.server().equals(server)).findFirst().orElseThrow();
	}

	private static Set<String> mailboxesIn(Plan plan, Kind kind) {
		return new TreeSet<>(plan.entries().stream().filter(e -> e.kind() == kind && e.mailbox() != null)
				.map(PlanEntry::mailbox).toList());
	}

	@Test
	void eachServerPlansOnlyItsOwnDomainsAndADomainWithoutAServerIsLeftOutOfBoth() {
		List<Section> sections = fleet().plan(new NullProgressMonitor());
		assertEquals(List.of("a", "b"), sections.stream().map(Section::server).toList());
		Plan a = section(sections, "a").plan();
		Plan b = section(sections, "b").plan();
		assertEquals(Set.of("a@abc.jp", "b@abc.jp"), mailboxesIn(a, Kind.CREATE));
		assertEquals(Set.of("x@xyz.jp"), mailboxesIn(b, Kind.CREATE));
		for (Plan plan : List.of(a, b)) {
			assertEquals(Set.of("none.jp"), plan.leftOut().keySet(), plan.server());
			assertEquals(DomainServers.How.NONE, plan.leftOut().get("none.jp").how());
			assertTrue(plan.entries().stream().noneMatch(e -> "none.jp".equals(e.domain())), plan.entries()::toString);
		}
	}

	@Test
	void applyToAllServersWritesEachDomainOnlyToItsServerAndSavesTheBasesOnce() throws Exception {
		List<Section> sections = fleet().apply(Map.of(), Decisions.none(), credentials, new NullProgressMonitor());
		assertTrue(sections.stream().noneMatch(Section::failed), sections::toString);
		assertTrue(AuditChain.verify(workspace.folder()).intact(), "both servers' lines, written side by side, chain whole");
		assertEquals(Set.of("a@abc.jp", "b@abc.jp"), servers.get("a").mailboxes.keySet());
		assertEquals(Set.of("x@xyz.jp"), servers.get("b").mailboxes.keySet());
		MailboxWorkspace reopened = WorkspaceStore.open(workspace.folder());
		assertNotNull(ModelStates.base(reopened.findMailbox("a@abc.jp").orElseThrow(), "a"));
		assertNull(ModelStates.base(reopened.findMailbox("a@abc.jp").orElseThrow(), "b"));
		assertNotNull(ModelStates.base(reopened.findMailbox("x@xyz.jp").orElseThrow(), "b"));
		assertNull(ModelStates.base(reopened.findMailbox("n@none.jp").orElseThrow(), "a"), "left out: applied nowhere");
		for (Section section : fleet().plan(new NullProgressMonitor())) {
			assertEquals(List.of(), section.plan().changes(), section.server());
		}
	}

	@Test
	void aMovedDomainIsCreatedOnItsNewServerAndRemovedFromTheOldOneOnlyWhenConfirmed() throws Exception {
		fleet().apply(Map.of(), Decisions.none(), credentials, new NullProgressMonitor());
		domain("abc.jp").setServer("b");
		// the initial passwords were bound to server a: staff hand them over again (as an import with passwords does)
		MailboxPasswords.of(credentials, workspace.folder()).store("a@abc.jp", "pw-a".toCharArray());
		MailboxPasswords.of(credentials, workspace.folder()).store("b@abc.jp", "pw-b".toCharArray());

		List<Section> planned = fleet().plan(new NullProgressMonitor());
		Plan onA = section(planned, "a").plan();
		assertEquals(Set.of("a@abc.jp", "b@abc.jp"), mailboxesIn(onA, Kind.REMOVE));
		assertTrue(onA.removals().stream().allMatch(e -> e.change() == null && "b".equals(e.model())),
				"not removable before b holds them: " + onA.removals());
		assertEquals(List.of(), onA.changes(), "a removal is no plain change");
		assertEquals(Set.of("a@abc.jp", "b@abc.jp"), mailboxesIn(section(planned, "b").plan(), Kind.CREATE));

		// even confirmed, nothing leaves a before b holds the mailboxes; b creates them in the same run
		List<Section> first = fleet().apply(Map.of(), new Decisions(null).confirmRemoval("abc.jp"), credentials,
				new NullProgressMonitor());
		assertEquals(Set.of("a@abc.jp", "b@abc.jp", "x@xyz.jp"), servers.get("b").mailboxes.keySet());
		assertEquals(Set.of("a@abc.jp", "b@abc.jp"), servers.get("a").mailboxes.keySet());
		assertEquals(2, section(first, "a").report().removalsLeft());

		// b holds them now: without a confirmation they still stay on a
		List<Section> unconfirmed = fleet().apply(Map.of(), Decisions.none(), credentials, new NullProgressMonitor());
		assertEquals(Set.of("a@abc.jp", "b@abc.jp"), servers.get("a").mailboxes.keySet());
		assertEquals(2, section(unconfirmed, "a").report().removalsLeft());
		assertTrue(fleet().plan(new NullProgressMonitor()).get(0).plan().removals().stream().allMatch(e -> e.change() != null));

		List<Section> confirmed = fleet().apply(Map.of(), new Decisions(null).confirmRemoval("ABC.jp"), credentials,
				new NullProgressMonitor());
		assertEquals(0, section(confirmed, "a").report().removalsLeft());
		assertEquals(Set.of(), servers.get("a").mailboxes.keySet());
		assertTrue(servers.get("a").applied.contains("delete mailbox a@abc.jp"), servers.get("a").applied::toString);
		MailboxWorkspace reopened = WorkspaceStore.open(workspace.folder());
		assertNull(ModelStates.base(reopened.findMailbox("a@abc.jp").orElseThrow(), "a"), "a no longer holds it");
		assertNotNull(ModelStates.base(reopened.findMailbox("a@abc.jp").orElseThrow(), "b"));
		for (Section section : fleet().plan(new NullProgressMonitor())) {
			assertEquals(List.of(), section.plan().changes(), section.server());
			assertEquals(List.of(), section.plan().removals(), section.server());
		}
	}

	@Test
	void aServerThatIsDownFailsOnlyItsOwnSection() throws Exception {
		down.add("b");
		List<Section> sections = fleet().apply(Map.of(), Decisions.none(), credentials, new NullProgressMonitor());
		Section b = section(sections, "b");
		assertTrue(b.failed());
		assertInstanceOf(ConnectorException.class, b.failure());
		assertNull(b.report());
		assertFalse(section(sections, "a").failed());
		assertEquals(Set.of("a@abc.jp", "b@abc.jp"), servers.get("a").mailboxes.keySet());
		assertEquals(Set.of(), servers.get("b").mailboxes.keySet());
		MailboxWorkspace reopened = WorkspaceStore.open(workspace.folder());
		assertNotNull(ModelStates.base(reopened.findMailbox("a@abc.jp").orElseThrow(), "a"), "a's apply is saved");
		assertNull(ModelStates.base(reopened.findMailbox("x@xyz.jp").orElseThrow(), "b"));
	}

	@Test
	void withOneServerEveryDomainWithoutAServerLivesOnIt() {
		workspace.root().getServers().remove(1);
		domain("xyz.jp").setServer(null);
		Plan a = fleet().plan(new NullProgressMonitor()).get(0).plan();
		assertEquals(Set.of("a@abc.jp", "b@abc.jp", "x@xyz.jp", "n@none.jp"), mailboxesIn(a, Kind.CREATE));
		assertEquals(Map.of(), a.leftOut());
	}
}
