package cc.enet.mailbox.team;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** {@code team log}: the workspace's commits, newest first, each marked when the remote does not have it yet. */
public final class TeamLog {

	public record Entry(String id, Instant time, String author, String mail, String message, boolean pushed) {
	}

	private TeamLog() {
	}

	public static List<Entry> read(Path folder, int max) throws TeamException {
		try (TeamRepository team = TeamRepository.open(folder)) {
			ObjectId head = team.head();
			if (head == null) {
				return List.of();
			}
			ObjectId remote = team.remoteHead();
			List<Entry> entries = new ArrayList<>();
			try (RevWalk pushed = new RevWalk(team.repository())) {
				RevCommit remoteCommit = remote == null ? null : pushed.parseCommit(remote);
				for (RevCommit commit : team.git().log().add(head).setMaxCount(max).call()) {
					boolean isPushed = remoteCommit != null && pushed.isMergedInto(pushed.parseCommit(commit), remoteCommit);
					entries.add(new Entry(commit.abbreviate(10).name(), Instant.ofEpochSecond(commit.getCommitTime()),
							commit.getAuthorIdent().getName(), commit.getAuthorIdent().getEmailAddress(),
							commit.getShortMessage(), isPushed));
				}
			}
			return entries;
		} catch (IOException | GitAPIException e) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.unreadable", folder, e.getMessage()), e);
		}
	}
}
