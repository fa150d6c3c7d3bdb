package cc.enet.mailbox.team;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;

import cc.enet.mailbox.core.credentials.CredentialStore;

/**
 * An apply goes ahead on a team workspace only when it is synchronized: every saved change committed and pushed,
 * nothing newer on the remote (fetched now). So two staff never apply different truths to one server. A workspace
 * that is not shared passes as before.
 */
public final class TeamGate {

	private TeamGate() {
	}

	/** @return the commit being applied, or null for a workspace that is not shared */
	public static String requireSynchronized(Path folder, CredentialStore credentials, IProgressMonitor monitor)
			throws TeamException {
		if (!TeamRepository.isShared(folder)) {
			return null;
		}
		try (TeamRepository team = TeamRepository.open(folder)) {
			String url = team.remoteUrl();
			if (url == null) {
				throw notSynchronized("gate.noRemote", folder);
			}
			RemoteUrls.check(url);
			if (!team.git().status().call().isClean()) {
				throw notSynchronized("gate.unsaved", folder);
			}
			SyncOperation.fetch(team, url, credentials, monitor);
			ObjectId head = team.head();
			ObjectId remote = team.remoteHead();
			if (head == null || remote == null || !head.equals(remote)) {
				int ahead = count(team, head, remote);
				int behind = count(team, remote, head);
				throw notSynchronized("gate.diverged", folder, ahead, behind);
			}
			return head.name();
		} catch (IOException | GitAPIException e) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.unreadable", folder, e.getMessage()), e);
		}
	}

	private static TeamException notSynchronized(String key, Object... arguments) {
		return new TeamException(TeamException.Kind.NOT_SYNCHRONIZED, TeamText.of(key, arguments));
	}

	/** Commits reachable from {@code from} but not from {@code but}. */
	private static int count(TeamRepository team, ObjectId from, ObjectId but) throws IOException {
		if (from == null) {
			return 0;
		}
		try (RevWalk walk = new RevWalk(team.repository())) {
			walk.markStart(walk.parseCommit(from));
			if (but != null) {
				walk.markUninteresting(walk.parseCommit(but));
			}
			int n = 0;
			while (walk.next() != null) {
				n++;
			}
			return n;
		}
	}
}
