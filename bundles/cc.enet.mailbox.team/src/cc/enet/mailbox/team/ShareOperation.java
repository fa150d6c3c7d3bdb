package cc.enet.mailbox.team;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.URIish;

import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.rules.Finding;

/**
 * {@code team share}: an existing workspace onto an empty remote. The workspace becomes a Git work tree, everything
 * saved is its first commit, and that is pushed, once the workspace breaks no error rule. Run again after a failed
 * push, it carries on.
 */
public final class ShareOperation {

	private final Path folder;
	private final String url;
	private final PersonIdent author;
	private final CredentialStore credentials;

	public ShareOperation(Path folder, String url, String name, String mail, CredentialStore credentials) {
		this.folder = folder.toAbsolutePath().normalize();
		this.url = url.strip();
		this.author = new PersonIdent(name, mail);
		this.credentials = credentials;
	}

	public SyncResult run(IProgressMonitor monitor) throws TeamException {
		SubMonitor progress = SubMonitor.convert(monitor, TeamText.of("progress.share", folder.getFileName(), url).toString(), 4);
		URIish remote = RemoteUrls.check(url);
		if (!WorkspaceStore.isWorkspace(folder)) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.none", folder));
		}
		List<Finding> errors = SyncOperation.errors(folder);
		if (!errors.isEmpty()) {
			return new SyncResult(SyncResult.Status.RULE_ERRORS, false, false, List.of(), errors, null);
		}
		try {
			if (!TeamRepository.isShared(folder)) {
				Git.init().setDirectory(folder.toFile()).setInitialBranch(TeamRepository.BRANCH).call().close();
			}
			try (TeamRepository team = TeamRepository.open(folder)) {
				String existing = team.remoteUrl();
				if (existing != null && !existing.equals(url)) {
					throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("share.otherRemote", folder, existing));
				}
				team.setAuthor(author.getName(), author.getEmailAddress());
				configureRemote(team, remote);
				checkEmpty(team, progress.split(1));
				SyncOperation.commitSaved(team, author, TeamText.of("commit.shared", folder.getFileName()).toString());
				progress.worked(1);
				if (!SyncOperation.push(team, url, credentials, progress.split(2))) {
					throw new TeamException(TeamException.Kind.REMOTE_NOT_EMPTY, TeamText.of("share.notEmpty", url));
				}
				return new SyncResult(SyncResult.Status.DONE, false, true, List.of(), List.of(), team.head().name());
			}
		} catch (IOException | GitAPIException | URISyntaxException e) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.unreadable", folder, e.getMessage()), e);
		}
	}

	/** origin with the usual fetch spec, and the branch tracking it. */
	static void configureRemote(TeamRepository team, URIish remote) throws IOException, URISyntaxException {
		StoredConfig config = team.repository().getConfig();
		RemoteConfig origin = new RemoteConfig(config, TeamRepository.REMOTE);
		origin.getURIs().forEach(origin::removeURI);
		origin.addURI(remote);
		origin.getFetchRefSpecs().forEach(origin::removeFetchRefSpec);
		origin.addFetchRefSpec(new RefSpec("+refs/heads/*:refs/remotes/" + TeamRepository.REMOTE + "/*"));
		origin.update(config);
		config.setString("branch", TeamRepository.BRANCH, "remote", TeamRepository.REMOTE);
		config.setString("branch", TeamRepository.BRANCH, "merge", "refs/heads/" + TeamRepository.BRANCH);
		config.save();
	}

	/** Share never lands on someone else's history; a remote holding exactly this clone's branch is a share carried on. */
	private void checkEmpty(TeamRepository team, IProgressMonitor monitor) throws TeamException, IOException {
		Collection<Ref> refs = RemoteAccess.call(team.git().lsRemote().setRemote(url), url, credentials, monitor);
		ObjectId head = team.head();
		for (Ref ref : refs) {
			if (head == null || !head.equals(ref.getObjectId())) {
				throw new TeamException(TeamException.Kind.REMOTE_NOT_EMPTY, TeamText.of("share.notEmpty", url));
			}
		}
	}
}
