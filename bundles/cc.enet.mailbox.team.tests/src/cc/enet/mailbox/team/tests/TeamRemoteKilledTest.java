package cc.enet.mailbox.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.test.support.Await;
import cc.enet.mailbox.test.support.GitHttpServer;

/**
 * The remote dies in the middle of a push (127.0.0.1:54002): the pack has arrived, git is about to move the branch,
 * and the server with every git process is killed. Both clones stay whole, the remote keeps its last good state,
 * and the next sync after a restart delivers the change.
 */
class TeamRemoteKilledTest {

	static final int PORT = 54002;

	@TempDir
	Path dir;

	@Test
	void aRemoteKilledDuringAPushLeavesBothClonesWhole() throws Exception {
		TeamFixture team = new TeamFixture(dir, PORT);
		String url = team.shared("killed");
		Path a = team.cloneAs(url, "killed-a", "Aoki Staff");
		Path b = team.cloneAs(url, "killed-b", "Baba Staff");
		Path remote = dir.resolve("remote/killed.git");
		String remoteBefore = GitHttpServer.git(remote, "rev-parse", "main");
		TeamFixture.edit(a, "tanaka@abc.test", m -> m.setQuotaMb(750));

		Path marker = dir.resolve("push-arrived");
		GitHttpServer.holdPushes(remote, marker);
		CompletableFuture<Integer> sync = CompletableFuture.supplyAsync(() -> team.run("team", "sync", a.toString()));
		Await.until("the push to reach git's pre-receive hook (or the sync to end)", Duration.ofMinutes(1),
				() -> Files.exists(marker) || sync.isDone());
		assertTrue(Files.exists(marker), "the push reached git's pre-receive hook");
		team.server.kill();
		assertEquals(3, sync.get(2, TimeUnit.MINUTES), team.cli.both());
		assertTrue(team.cli.err().contains("cannot be reached"), team.cli.err());

		assertEquals(remoteBefore, GitHttpServer.git(remote, "rev-parse", "main"), "the remote's branch did not move");
		GitHttpServer.git(remote, "fsck", "--no-progress");
		for (Path clone : new Path[] { a, b }) {
			WorkspaceStore.open(clone); // every file whole
			GitHttpServer.git(clone, "fsck", "--no-progress");
			assertTrue(GitHttpServer.git(clone, "status", "--porcelain").isBlank(), clone + " has nothing half-written");
			assertFalse(TeamFixture.hasConflictMarkers(clone));
		}
		assertEquals(750, TeamFixture.mailbox(a, "tanaka@abc.test").getQuotaMb());
		assertEquals(500, TeamFixture.mailbox(b, "tanaka@abc.test").getQuotaMb());
		assertEquals(0, team.run("team", "log", a.toString()));
		assertTrue(team.cli.out().startsWith("* "), "A's commit waits to be pushed: " + team.cli.out());

		GitHttpServer.releasePushes(remote);
		try (GitHttpServer restarted = new GitHttpServer(dir.resolve("remote"), PORT, TeamFixture.USER, team.password).start()) {
			assertEquals(0, team.run("team", "sync", a.toString()), team.cli.both());
			assertEquals(0, team.run("team", "sync", b.toString()), team.cli.both());
			assertEquals(750, TeamFixture.mailbox(b, "tanaka@abc.test").getQuotaMb());
			GitHttpServer.git(remote, "fsck", "--no-progress");
		}
	}
}
