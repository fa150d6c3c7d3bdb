package cc.enet.mailbox.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.WorkspaceException;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.rules.Validation;
import cc.enet.mailbox.team.internal.JGitProgress;
import cc.enet.mailbox.team.merge.MergeDecisions;

/**
 * {@code team sync}: commits what is saved, fetches, takes the others' commits (fast-forward, or a merge field by
 * field), validates the result and pushes it. Conflicts stop it before anything is written; rule errors stop it
 * before the push. A push that loses a race with another staff member's fetches and merges again.
 */
public final class SyncOperation {

	private static final int ATTEMPTS = 3;

	private final Path folder;
	private final CredentialStore credentials;
	private final MergeDecisions decisions;

	public SyncOperation(Path folder, CredentialStore credentials, MergeDecisions decisions) {
		this.folder = folder.toAbsolutePath().normalize();
		this.credentials = credentials;
		this.decisions = decisions;
	}

	public SyncResult run(IProgressMonitor monitor) throws TeamException {
		SubMonitor progress = SubMonitor.convert(monitor, TeamText.of("progress.sync", folder.getFileName()).toString(),
				2 + 4 * ATTEMPTS);
		try (TeamRepository team = TeamRepository.open(folder)) {
			String url = team.remoteUrl();
			if (url == null) {
				throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.noRemote", folder));
			}
			RemoteUrls.check(url);
			PersonIdent author = team.author();
			if (author == null) {
				throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.noAuthor", folder));
			}
			commitSaved(team, author, TeamText.of("commit.saved", author.getName()).toString());
			progress.worked(2);
			boolean received = false;
			for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
				fetch(team, url, credentials, progress.split(1));
				ObjectId head = team.head();
				ObjectId remote = team.remoteHead();
				if (remote != null && remote.equals(head)) {
					return new SyncResult(SyncResult.Status.DONE, received, false, List.of(), List.of(), head.name());
				}
				if (remote != null) {
					Relation relation = relation(team, head, remote);
					if (relation == Relation.BEHIND) {
						team.git().reset().setMode(ResetCommand.ResetType.HARD).setRef(remote.name()).call();
						return new SyncResult(SyncResult.Status.DONE, true, false, List.of(), List.of(), remote.name());
					}
					if (relation == Relation.DIVERGED) {
						WorkspaceMerge merge = new WorkspaceMerge(team, decisions);
						SyncResult conflicts = merge.run(head, remote, author, progress.split(1));
						if (conflicts != null) {
							return conflicts;
						}
						received = true;
					}
				}
				List<Finding> errors = errors(folder);
				if (!errors.isEmpty()) {
					return new SyncResult(SyncResult.Status.RULE_ERRORS, received, false, List.of(), errors, team.head().name());
				}
				if (push(team, url, credentials, progress.split(2))) {
					return new SyncResult(SyncResult.Status.DONE, received, true, List.of(), List.of(), team.head().name());
				}
			}
			throw new TeamException(TeamException.Kind.UNREACHABLE, TeamText.of("sync.busy", url, ATTEMPTS));
		} catch (IOException e) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.unreadable", folder, e.getMessage()), e);
		} catch (GitAPIException e) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.unreadable", folder, e.getMessage()), e);
		}
	}

	enum Relation {
		AHEAD, BEHIND, DIVERGED
	}

	static Relation relation(TeamRepository team, ObjectId head, ObjectId remote) throws IOException, TeamException {
		RevCommit base = mergeBase(team, head, remote);
		if (base == null) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("sync.unrelated", team.remoteUrl()));
		}
		return base.equals(remote) ? Relation.AHEAD : base.equals(head) ? Relation.BEHIND : Relation.DIVERGED;
	}

	static RevCommit mergeBase(TeamRepository team, ObjectId a, ObjectId b) throws IOException {
		try (RevWalk walk = new RevWalk(team.repository())) {
			walk.setRevFilter(RevFilter.MERGE_BASE);
			walk.markStart(walk.parseCommit(a));
			walk.markStart(walk.parseCommit(b));
			return walk.next();
		}
	}

	/** Commits every saved change (new, changed and removed files, the ignored ones left out); false when none. */
	static boolean commitSaved(TeamRepository team, PersonIdent author, String message) throws IOException, GitAPIException {
		TeamRepository.writeIgnores(team.folder());
		Git git = team.git();
		git.add().addFilepattern(".").call();
		git.add().addFilepattern(".").setUpdate(true).call();
		if (git.status().call().isClean() && team.head() != null) {
			return false;
		}
		git.commit().setMessage(message).setAuthor(author).setCommitter(author).call();
		return true;
	}

	static void fetch(TeamRepository team, String url, CredentialStore credentials, IProgressMonitor monitor) throws TeamException {
		RemoteAccess.call(team.git().fetch().setRemote(TeamRepository.REMOTE)
				.setRefSpecs(new RefSpec("+" + Constants.R_HEADS + TeamRepository.BRANCH + ":" + TeamRepository.REMOTE_BRANCH))
				.setProgressMonitor(new JGitProgress(monitor)), url, credentials, monitor);
	}

	/** True when the remote took the branch; false when someone pushed first (fetch and merge again). */
	static boolean push(TeamRepository team, String url, CredentialStore credentials, IProgressMonitor monitor) throws TeamException {
		Iterable<PushResult> results = RemoteAccess.call(team.git().push().setRemote(TeamRepository.REMOTE)
				.setRefSpecs(new RefSpec(Constants.R_HEADS + TeamRepository.BRANCH + ":" + Constants.R_HEADS + TeamRepository.BRANCH))
				.setProgressMonitor(new JGitProgress(monitor)), url, credentials, monitor);
		for (PushResult result : results) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				switch (update.getStatus()) {
				case OK, UP_TO_DATE -> {
					// taken
				}
				case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
					return false;
				}
				case REJECTED_OTHER_REASON -> {
					if (lostRace(update.getMessage())) {
						return false;
					}
					throw new TeamException(TeamException.Kind.UNREACHABLE, TeamText.of("sync.pushRefused", url,
							update.getStatus().name() + (update.getMessage() == null ? "" : ": " + update.getMessage())));
				}
				default -> throw new TeamException(TeamException.Kind.UNREACHABLE, TeamText.of("sync.pushRefused", url,
						update.getStatus().name() + (update.getMessage() == null ? "" : ": " + update.getMessage())));
				}
			}
		}
		return true;
	}

	/**
	 * Whether git's receive-pack refused the branch because another push held or moved it while this one arrived
	 * ("failed to update ref", "cannot lock ref"): the same race as a non-fast-forward, so fetch and merge again.
	 */
	static boolean lostRace(String message) {
		return message != null && (message.contains("failed to update ref") || message.contains("failed to lock")
				|| message.contains("cannot lock ref"));
	}

	/** The error findings of the workspace as it is on disk: what a push would share. */
	static List<Finding> errors(Path folder) throws TeamException {
		try {
			return new Validation().findings(WorkspaceStore.open(folder).root()).stream()
					.filter(f -> f.severity() == Severity.ERROR).toList();
		} catch (WorkspaceException e) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.unreadable", folder, e.getMessage()), e);
		}
	}

	static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a scratch folder left in the temporary directory harms nothing
		}
	}
}
