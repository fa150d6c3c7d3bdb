package cc.enet.mailbox.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.connector.apply.TeamApplyGate;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.team.TeamException;
import cc.enet.mailbox.team.TeamGate;
import cc.enet.mailbox.team.SyncOperation;
import cc.enet.mailbox.team.SyncResult;
import cc.enet.mailbox.team.merge.MergeDecisions;
import cc.enet.mailbox.test.support.GitHttpServer;

/**
 * Staff on several machines share one workspace through a real Git remote (git http-backend on 127.0.0.1:54001,
 * Basic authentication): each test makes its own remote repository and clones.
 */
class TeamSyncTest {

	static final int PORT = 54001;

	@TempDir
	static Path dir;
	static TeamFixture team;

	@BeforeAll
	static void remote() throws Exception {
		team = new TeamFixture(dir, PORT);
	}

	@AfterAll
	static void stop() {
		team.server.close();
	}

	@Test
	void twoStaffEditingDifferentCustomersBothPush() throws Exception {
		String url = team.shared("customers");
		Path a = team.cloneAs(url, "customers-a", "Aoki Staff");
		Path b = team.cloneAs(url, "customers-b", "Baba Staff");
		TeamFixture.edit(a, "tanaka@abc.test", m -> m.setQuotaMb(700));
		TeamFixture.edit(b, "suzuki@xyz.test", m -> m.setQuotaMb(900));

		assertEquals(0, team.run("team", "sync", a.toString()), team.cli.both());
		assertTrue(team.cli.out().contains("pushed"), team.cli.out());
		assertEquals(0, team.run("team", "sync", b.toString()), team.cli.both());
		assertTrue(team.cli.out().contains("merged and pushed"), team.cli.out());
		assertEquals(0, team.run("team", "sync", a.toString()), team.cli.both());
		assertTrue(team.cli.out().contains("changes taken"), team.cli.out());

		for (Path clone : List.of(a, b)) {
			assertEquals(700, TeamFixture.mailbox(clone, "tanaka@abc.test").getQuotaMb(), clone.toString());
			assertEquals(900, TeamFixture.mailbox(clone, "suzuki@xyz.test").getQuotaMb(), clone.toString());
			assertFalse(TeamFixture.hasConflictMarkers(clone));
		}
		assertEquals(0, team.run("team", "log", b.toString()));
		String log = team.cli.out();
		assertTrue(log.contains("Aoki Staff <aoki.staff@enet.cc>") && log.contains("Baba Staff <baba.staff@enet.cc>"), log);
		assertTrue(log.lines().noneMatch(line -> line.startsWith("* ")), "everything pushed: " + log);
		String remoteLog = GitHttpServer.git(dir.resolve("remote/customers.git"), "log", "--format=%an", "main");
		assertTrue(remoteLog.contains("Aoki Staff") && remoteLog.contains("Baba Staff"), remoteLog);
	}

	@Test
	void twoStaffPushingAtTheSameMomentBothLand() throws Exception {
		String url = team.shared("race");
		Path a = team.cloneAs(url, "race-a", "Aoki Staff");
		Path b = team.cloneAs(url, "race-b", "Baba Staff");
		TeamFixture.edit(a, "tanaka@abc.test", m -> m.setQuotaMb(710));
		TeamFixture.edit(b, "suzuki@xyz.test", m -> m.setQuotaMb(910));
		Path remote = dir.resolve("remote/race.git");
		GitHttpServer.meetPushes(remote, dir.resolve("race-arrivals"), 2);

		// a thread each: the common pool has one worker on two cores, and the two pushes must be in git at once
		java.util.concurrent.ExecutorService staff = java.util.concurrent.Executors.newFixedThreadPool(2);
		var syncA = staff.submit(() -> sync(a));
		var syncB = staff.submit(() -> sync(b));
		staff.shutdown();
		// git moves the branch for one; the other is told the branch moved under it, fetches, merges and pushes again
		assertEquals(SyncResult.Status.DONE, syncA.get().status());
		assertEquals(SyncResult.Status.DONE, syncB.get().status());
		assertTrue(syncA.get().sent() && syncB.get().sent(), "both pushed");
		GitHttpServer.releasePushes(remote);
		for (Path clone : List.of(a, b)) { // whichever won takes the merge the other pushed
			assertEquals(0, team.run("team", "sync", clone.toString()), team.cli.both());
		}
		for (Path clone : List.of(a, b)) {
			assertEquals(710, TeamFixture.mailbox(clone, "tanaka@abc.test").getQuotaMb(), clone.toString());
			assertEquals(910, TeamFixture.mailbox(clone, "suzuki@xyz.test").getQuotaMb(), clone.toString());
		}
	}

	private static SyncResult sync(Path clone) {
		try {
			return new SyncOperation(clone, team.cli.credentials, MergeDecisions.none()).run(new NullProgressMonitor());
		} catch (TeamException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	@Test
	void differentFieldsOfOneMailboxMergeWithoutConflict() throws Exception {
		String url = team.shared("fields");
		Path a = team.cloneAs(url, "fields-a", "Aoki Staff");
		Path b = team.cloneAs(url, "fields-b", "Baba Staff");
		TeamFixture.edit(a, "tanaka@abc.test", m -> m.setQuotaMb(800));
		TeamFixture.edit(b, "tanaka@abc.test", m -> m.setDisplayName("Tanaka Ichiro"));
		TeamFixture.edit(b, "sato@abc.test", m -> m.setQuotaMb(300));
		assertEquals(0, team.run("team", "sync", a.toString()), team.cli.both());
		assertEquals(0, team.run("team", "sync", b.toString()), team.cli.both());
		assertEquals(800, TeamFixture.mailbox(b, "tanaka@abc.test").getQuotaMb());
		assertEquals("Tanaka Ichiro", TeamFixture.mailbox(b, "tanaka@abc.test").getDisplayName());
		assertEquals(300, TeamFixture.mailbox(b, "sato@abc.test").getQuotaMb());
	}

	@Test
	void theSameFieldChangedTwiceIsAConflictTheSecondSeesUntilDecided() throws Exception {
		String url = team.shared("conflict");
		Path a = team.cloneAs(url, "conflict-a", "Aoki Staff");
		Path b = team.cloneAs(url, "conflict-b", "Baba Staff");
		TeamFixture.edit(a, "tanaka@abc.test", m -> m.setQuotaMb(600));
		TeamFixture.edit(b, "tanaka@abc.test", m -> m.setQuotaMb(700));
		assertEquals(0, team.run("team", "sync", a.toString()), team.cli.both());

		String before = Files.readString(b.resolve("customers/abc.test.xmi"));
		assertEquals(1, team.run("team", "sync", b.toString()), team.cli.both());
		assertTrue(team.cli.out().contains("tanaka@abc.test quotaMb: base 500, mine 700, theirs 600"), team.cli.out());
		assertTrue(team.cli.err().contains("1 conflicts: nothing was changed"), team.cli.err());
		assertEquals(before, Files.readString(b.resolve("customers/abc.test.xmi")), "nothing written while undecided");
		assertFalse(TeamFixture.hasConflictMarkers(b));
		assertEquals(700, TeamFixture.mailbox(b, "tanaka@abc.test").getQuotaMb());

		assertEquals(1, team.run("team", "sync", b.toString(), "--lang", "ja"));
		assertTrue(team.cli.out().contains("tanaka@abc.test quotaMb: 元 500、自分 700、相手 600"), team.cli.out());

		assertEquals(0, team.run("team", "sync", b.toString(), "--take", "tanaka@abc.test:quotaMb=theirs"), team.cli.both());
		assertEquals(600, TeamFixture.mailbox(b, "tanaka@abc.test").getQuotaMb());
		assertEquals(0, team.run("team", "sync", a.toString()), team.cli.both());
		assertEquals(600, TeamFixture.mailbox(a, "tanaka@abc.test").getQuotaMb());
	}

	@Test
	void aPushThatWouldShareRuleErrorsIsRefusedWithTheFindings() throws Exception {
		String url = team.shared("rules");
		Path a = team.cloneAs(url, "rules-a", "Aoki Staff");
		String remoteBefore = GitHttpServer.git(dir.resolve("remote/rules.git"), "rev-parse", "main");
		TeamFixture.edit(a, "tanaka@abc.test", m -> m.setQuotaMb(0));

		assertEquals(1, team.run("team", "sync", a.toString()), team.cli.both());
		assertTrue(team.cli.out().contains("quota.invalid tanaka@abc.test"), team.cli.out());
		assertTrue(team.cli.err().contains("Push refused"), team.cli.err());
		assertEquals(remoteBefore, GitHttpServer.git(dir.resolve("remote/rules.git"), "rev-parse", "main"));
		assertEquals(0, team.run("team", "log", a.toString()));
		assertTrue(team.cli.out().startsWith("* "), "the commit stays here, not pushed: " + team.cli.out());

		TeamFixture.edit(a, "tanaka@abc.test", m -> m.setQuotaMb(400));
		assertEquals(0, team.run("team", "sync", a.toString()), team.cli.both());
		assertFalse(remoteBefore.equals(GitHttpServer.git(dir.resolve("remote/rules.git"), "rev-parse", "main")));
	}

	@Test
	void applyWaitsForASynchronizedWorkspace() throws Exception {
		String url = team.shared("gate");
		Path a = team.cloneAs(url, "gate-a", "Aoki Staff");
		Path b = team.cloneAs(url, "gate-b", "Baba Staff");
		String head = TeamGate.requireSynchronized(a, team.cli.credentials, new NullProgressMonitor());
		assertEquals(GitHttpServer.git(dir.resolve("remote/gate.git"), "rev-parse", "main").strip(), head);

		TeamFixture.edit(a, "tanaka@abc.test", m -> m.setQuotaMb(650));
		TeamException unsaved = assertThrows(TeamException.class,
				() -> TeamGate.requireSynchronized(a, team.cli.credentials, new NullProgressMonitor()));
		assertEquals(TeamException.Kind.NOT_SYNCHRONIZED, unsaved.kind());
		assertEquals(0, team.run("team", "sync", a.toString()), team.cli.both());

		TeamException behind = assertThrows(TeamException.class,
				() -> TeamGate.requireSynchronized(b, team.cli.credentials, new NullProgressMonitor()));
		assertTrue(behind.getMessage().contains("0 commits not pushed, 1 newer on the remote"), behind.getMessage());
		assertEquals(0, team.run("team", "sync", b.toString()), team.cli.both());
		assertEquals(TeamGate.requireSynchronized(a, team.cli.credentials, new NullProgressMonitor()),
				TeamGate.requireSynchronized(b, team.cli.credentials, new NullProgressMonitor()));
		assertNull(TeamGate.requireSynchronized(dir.resolve("gate-origin-not-shared"), team.cli.credentials, null));

		// what ServerSync.apply calls: refused while not synchronized, else the audit log names the commit applied
		TeamFixture.edit(b, "sato@abc.test", m -> m.setQuotaMb(450));
		TeamApplyGate.NotSynchronized refused = assertThrows(TeamApplyGate.NotSynchronized.class,
				() -> TeamApplyGate.check(WorkspaceStore.open(b), "prod", team.cli.credentials, new NullProgressMonitor()));
		assertTrue(refused.getMessage(Locale.JAPANESE).contains("同期されていません"), refused.getMessage(Locale.JAPANESE));
		assertFalse(Files.exists(b.resolve("audit.log")));
		assertEquals(0, team.run("team", "sync", b.toString()), team.cli.both());
		TeamApplyGate.check(WorkspaceStore.open(b), "prod", team.cli.credentials, new NullProgressMonitor());
		String applied = GitHttpServer.git(b, "rev-parse", "HEAD").strip();
		assertTrue(Files.readString(b.resolve("audit.log")).contains("apply of team commit " + applied));
		assertEquals(0, team.run("audit", "verify", b.toString()), team.cli.both());
		assertTrue(GitHttpServer.git(b, "status", "--porcelain").isBlank(), "audit.log stays on this machine");
	}

	@Test
	void theRemotePasswordComesOnlyFromSecureStorageForItsOrigin() throws Exception {
		String url = team.shared("credentials");
		Path a = team.cloneAs(url, "credentials-a", "Aoki Staff");
		assertFalse(Files.readString(a.resolve(".git/config")).contains(new String(team.password)));

		// another machine's ./mailbox with nothing stored: the remote says no, exit 3, nothing printed of a secret
		cc.enet.mailbox.test.support.MailboxCli bare = new cc.enet.mailbox.test.support.MailboxCli();
		assertEquals(3, bare.run("team", "clone", url, dir.resolve("credentials-none").toString(), "--name", "X", "--mail", "x@enet.cc"));
		assertTrue(bare.err().contains("refused the credentials"), bare.both());
		assertFalse(Files.exists(dir.resolve("credentials-none")), "a failed clone leaves no folder");

		assertEquals(2, team.run("team", "clone", "http://192.0.2.10/credentials.git", dir.resolve("c-http").toString(),
				"--name", "X", "--mail", "x@enet.cc"));
		assertTrue(team.cli.err().contains("https://"), team.cli.err());
		assertEquals(2, team.run("team", "clone", dir.resolve("remote/credentials.git").toString(),
				dir.resolve("c-file").toString(), "--name", "X", "--mail", "x@enet.cc"));
		assertEquals(2, team.run("team", "share", a.toString(), url.replace("credentials", "other"), "--name", "X", "--mail",
				"x@enet.cc"));
		assertTrue(team.cli.err().contains("already shared with " + url), team.cli.err());

		SessionCredentialStore elsewhere = new SessionCredentialStore();
		cc.enet.mailbox.team.RemoteCredentials.store(elsewhere, "https://git.example.test/credentials.git", TeamFixture.USER,
				team.password);
		TeamException refused = assertThrows(TeamException.class,
				() -> TeamGate.requireSynchronized(a, elsewhere, new NullProgressMonitor()));
		assertEquals(TeamException.Kind.AUTH_REFUSED, refused.kind(), "a password kept for another origin is not sent");
	}
}
