package cc.enet.mailbox.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceException;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.team.merge.MergeConflict;
import cc.enet.mailbox.team.merge.MergeDecisions;
import cc.enet.mailbox.team.merge.ModelMerge;

/**
 * Brings the remote's commits into a clone that has commits of its own: the model field by field
 * ({@link ModelMerge}), any other file whole (changed on one side: that side; on both: a conflict). Writes nothing
 * while a conflict has no decision; otherwise saves the merged workspace and commits it with both parents. Git's
 * own text merge never runs, so no file ever holds conflict markers.
 */
final class WorkspaceMerge {

	private final TeamRepository team;
	private final MergeDecisions decisions;

	WorkspaceMerge(TeamRepository team, MergeDecisions decisions) {
		this.team = team;
		this.decisions = decisions;
	}

	/** Null when merged and committed; else the conflicts still to decide (nothing written). */
	SyncResult run(ObjectId headId, ObjectId remoteId, PersonIdent author, IProgressMonitor monitor)
			throws IOException, TeamException, GitAPIException {
		Repository repository = team.repository();
		Path scratch = Files.createTempDirectory("mailbox-merge");
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit head = walk.parseCommit(headId);
			RevCommit remote = walk.parseCommit(remoteId);
			RevCommit base = SyncOperation.mergeBase(team, headId, remoteId);
			MailboxWorkspace theirs = CommitFiles.open(repository, remote, scratch.resolve("theirs"));
			MailboxWorkspace ancestor = CommitFiles.open(repository, walk.parseCommit(base), scratch.resolve("base"));
			MailboxWorkspace mine = open(team.folder());
			ModelMerge merge = new ModelMerge(decisions).merge(ancestor.root(), mine.root(), theirs.root());
			List<MergeConflict> unresolved = new ArrayList<>(merge.unresolved());
			Map<String, ObjectId> fileChanges = otherFiles(repository, walk.parseCommit(base), head, remote, unresolved);
			if (!unresolved.isEmpty()) {
				return new SyncResult(SyncResult.Status.CONFLICTS, false, false, unresolved, List.of(), headId.name());
			}
			keepFileNames(mine, theirs);
			WorkspaceStore.save(mine);
			for (Map.Entry<String, ObjectId> change : fileChanges.entrySet()) {
				Path file = team.folder().resolve(change.getKey());
				if (change.getValue() == null) {
					Files.deleteIfExists(file);
				} else {
					CommitFiles.write(repository, change.getValue(), file);
				}
			}
			commitMerge(head, remote, author, merge.taken());
			return null;
		} finally {
			SyncOperation.deleteTree(scratch);
		}
	}

	private static MailboxWorkspace open(Path folder) throws TeamException {
		try {
			return WorkspaceStore.open(folder);
		} catch (WorkspaceException e) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.unreadable", folder, e.getMessage()), e);
		}
	}

	/**
	 * The files outside the model changed on one side only: the remote's version for those it changed (null: it
	 * removed them). A file both sides changed differently is a conflict, or follows the decision given for it.
	 */
	private Map<String, ObjectId> otherFiles(Repository repository, RevCommit base, RevCommit head, RevCommit remote,
			List<MergeConflict> unresolved) throws IOException {
		Map<String, ObjectId> b = CommitFiles.blobs(repository, base);
		Map<String, ObjectId> m = CommitFiles.blobs(repository, head);
		Map<String, ObjectId> t = CommitFiles.blobs(repository, remote);
		Set<String> paths = new LinkedHashSet<>(m.keySet());
		paths.addAll(t.keySet());
		Map<String, ObjectId> changes = new LinkedHashMap<>();
		for (String path : paths) {
			if (CommitFiles.isModel(path) || Objects.equals(m.get(path), t.get(path)) || Objects.equals(b.get(path), t.get(path))) {
				continue;
			}
			if (Objects.equals(b.get(path), m.get(path))) {
				changes.put(path, t.get(path));
				continue;
			}
			MergeConflict conflict = new MergeConflict("file " + path, "content", state(b.get(path)), state(m.get(path)),
					state(t.get(path)));
			MergeDecisions.Take take = decisions.decision(conflict);
			if (take == null) {
				unresolved.add(conflict);
			} else if (take == MergeDecisions.Take.THEIRS) {
				changes.put(path, t.get(path));
			}
		}
		return changes;
	}

	private static String state(ObjectId blob) {
		return blob == null ? "-" : blob.abbreviate(10).name();
	}

	/** A customer the others added keeps the file name it has there, so both clones name it alike. */
	private static void keepFileNames(MailboxWorkspace mine, MailboxWorkspace theirs) {
		Resource root = mine.root().eResource();
		for (Customer customer : mine.root().getCustomers()) {
			if (customer.eResource() != null && customer.eResource() != root) {
				continue;
			}
			theirs.root().getCustomers().stream().filter(c -> Objects.equals(c.getId(), customer.getId())).findFirst()
					.map(c -> c.eResource().getURI().lastSegment()).ifPresent(name -> {
						Path file = mine.folder().resolve(WorkspaceStore.CUSTOMERS_FOLDER).resolve(name);
						URI uri = URI.createFileURI(file.toString());
						if (!Files.exists(file) && mine.resourceSet().getResource(uri, false) == null) {
							mine.resourceSet().createResource(uri).getContents().add(customer);
						}
					});
		}
	}

	private void commitMerge(RevCommit head, RevCommit remote, PersonIdent author, int taken)
			throws IOException, GitAPIException {
		team.git().add().addFilepattern(".").call();
		team.git().add().addFilepattern(".").setUpdate(true).call();
		Repository repository = team.repository();
		try (ObjectInserter inserter = repository.newObjectInserter()) {
			DirCache index = repository.readDirCache();
			CommitBuilder commit = new CommitBuilder();
			commit.setTreeId(index.writeTree(inserter));
			commit.setParentIds(head, remote);
			commit.setAuthor(author);
			commit.setCommitter(author);
			commit.setMessage(TeamText.of("commit.merged", author.getName(), taken).toString());
			ObjectId id = inserter.insert(commit);
			inserter.flush();
			RefUpdate update = repository.updateRef(Constants.R_HEADS + TeamRepository.BRANCH);
			update.setNewObjectId(id);
			update.setExpectedOldObjectId(head);
			update.setRefLogMessage("merge " + remote.abbreviate(10).name(), false);
			RefUpdate.Result result = update.update();
			if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NEW) {
				throw new IOException("the branch moved during the merge: " + result);
			}
		}
	}
}
