package cc.enet.mailbox.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.Git;

import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.WorkspaceException;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.team.internal.JGitProgress;

/** {@code team clone}: a shared workspace into a new folder; a failed clone leaves no folder behind. */
public final class CloneOperation {

	private final String url;
	private final Path folder;
	private final String name;
	private final String mail;
	private final CredentialStore credentials;

	public CloneOperation(String url, Path folder, String name, String mail, CredentialStore credentials) {
		this.url = url.strip();
		this.folder = folder.toAbsolutePath().normalize();
		this.name = name;
		this.mail = mail;
		this.credentials = credentials;
	}

	public String run(IProgressMonitor monitor) throws TeamException {
		SubMonitor progress = SubMonitor.convert(monitor, TeamText.of("progress.clone", url, folder).toString(), 3);
		RemoteUrls.check(url);
		if (Files.exists(folder) && !isEmptyFolder(folder)) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("clone.notEmpty", folder));
		}
		boolean created = !Files.exists(folder);
		boolean kept = false;
		try {
			try (Git git = RemoteAccess.call(Git.cloneRepository().setURI(url).setDirectory(folder.toFile())
					.setBranch(TeamRepository.BRANCH).setRemote(TeamRepository.REMOTE)
					.setProgressMonitor(new JGitProgress(progress)), url, credentials, monitor)) {
				progress.worked(2);
				if (!WorkspaceStore.isWorkspace(folder)) {
					throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("clone.noWorkspace", url));
				}
				WorkspaceStore.open(folder); // a broken file is found now, not at the first edit
				TeamRepository team = TeamRepository.wrap(git, folder);
				team.setAuthor(name, mail);
				progress.worked(1);
				kept = true;
				return team.head().name();
			}
		} catch (WorkspaceException e) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.unreadable", folder, e.getMessage()), e);
		} catch (IOException e) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.unreadable", folder, e.getMessage()), e);
		} finally {
			if (!kept) {
				SyncOperation.deleteTree(folder);
				if (!created) {
					try {
						Files.createDirectories(folder);
					} catch (IOException ignored) {
						// the empty folder was the user's; nothing else of theirs was in it
					}
				}
			}
		}
	}

	private static boolean isEmptyFolder(Path folder) throws TeamException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}
}
