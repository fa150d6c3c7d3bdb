package cc.enet.mailbox.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceException;
import cc.enet.mailbox.core.store.WorkspaceStore;

/** The files of a commit: their blob ids by path, and the workspace they hold, opened from a scratch folder. */
final class CommitFiles {

	private CommitFiles() {
	}

	/** Whether a path holds the model (merged field by field) rather than a file merged whole. */
	static boolean isModel(String path) {
		return path.equals(WorkspaceStore.ROOT_FILE)
				|| path.startsWith(WorkspaceStore.CUSTOMERS_FOLDER + "/") && path.endsWith(".xmi") && path.indexOf('/', 10) < 0;
	}

	static Map<String, ObjectId> blobs(Repository repository, RevCommit commit) throws IOException {
		Map<String, ObjectId> blobs = new LinkedHashMap<>();
		if (commit == null) {
			return blobs;
		}
		try (TreeWalk walk = new TreeWalk(repository)) {
			walk.addTree(commit.getTree());
			walk.setRecursive(true);
			while (walk.next()) {
				if (walk.getFileMode(0) != FileMode.GITLINK) {
					blobs.put(walk.getPathString(), walk.getObjectId(0));
				}
			}
		}
		return blobs;
	}

	static void write(Repository repository, ObjectId blob, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try (InputStream in = repository.open(blob).openStream(); OutputStream out = Files.newOutputStream(file)) {
			in.transferTo(out);
		}
	}

	/** The workspace of a commit, written to {@code scratch} (model files only) and opened from there. */
	static MailboxWorkspace open(Repository repository, RevCommit commit, Path scratch) throws IOException, TeamException {
		for (Map.Entry<String, ObjectId> entry : blobs(repository, commit).entrySet()) {
			if (isModel(entry.getKey())) {
				write(repository, entry.getValue(), scratch.resolve(entry.getKey()));
			}
		}
		try {
			return WorkspaceStore.open(scratch);
		} catch (WorkspaceException e) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE,
					TeamText.of("merge.unreadable", commit.abbreviate(10).name(), e.getMessage()), e);
		}
	}
}
