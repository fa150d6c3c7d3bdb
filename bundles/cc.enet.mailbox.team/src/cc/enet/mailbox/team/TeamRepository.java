package cc.enet.mailbox.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import cc.enet.mailbox.core.store.WorkspaceStore;

/**
 * A workspace folder that is also a Git work tree: the branch {@value #BRANCH} tracks {@code origin}. What each
 * machine keeps for itself (the lock, a running apply's journal, the audit log with its hash chain of this machine's
 * requests, temporary files) is ignored. The staff member's name and mail are the clone's own config.
 */
public final class TeamRepository implements AutoCloseable {

	public static final String BRANCH = "main";
	public static final String REMOTE = "origin";
	static final String REMOTE_BRANCH = Constants.R_REMOTES + REMOTE + "/" + BRANCH;
	static final List<String> IGNORED = List.of("/.lock", "/.apply/", "/audit.log", "/audit.log.*", "*.saving",
			"*.writing");

	private final Git git;
	private final Path folder;

	private TeamRepository(Git git, Path folder) {
		this.git = git;
		this.folder = folder;
	}

	/** Whether the folder is a team workspace (a Git work tree of its own). */
	public static boolean isShared(Path folder) {
		return Files.isDirectory(folder.resolve(Constants.DOT_GIT));
	}

	public static TeamRepository open(Path folder) throws TeamException {
		Path absolute = folder.toAbsolutePath().normalize();
		if (!WorkspaceStore.isWorkspace(absolute)) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.none", absolute));
		}
		if (!isShared(absolute)) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.notShared", absolute));
		}
		try {
			Repository repository = new FileRepositoryBuilder().setWorkTree(absolute.toFile())
					.setGitDir(absolute.resolve(Constants.DOT_GIT).toFile()).setMustExist(true).build();
			return new TeamRepository(new Git(repository, true), absolute);
		} catch (IOException e) {
			throw new TeamException(TeamException.Kind.BAD_WORKSPACE, TeamText.of("workspace.unreadable", absolute, e.getMessage()), e);
		}
	}

	static TeamRepository wrap(Git git, Path folder) {
		return new TeamRepository(git, folder);
	}

	public Git git() {
		return git;
	}

	public Repository repository() {
		return git.getRepository();
	}

	public Path folder() {
		return folder;
	}

	public String remoteUrl() {
		return repository().getConfig().getString("remote", REMOTE, "url");
	}

	public ObjectId head() throws IOException {
		return repository().resolve(Constants.R_HEADS + BRANCH);
	}

	public ObjectId remoteHead() throws IOException {
		return repository().resolve(REMOTE_BRANCH);
	}

	/**
	 * The staff member commits are made by, from this clone's own config; null when not set. The machine's
	 * ~/.gitconfig is not asked: its name may be anyone's who used the PC, and the console asks each clone's staff.
	 */
	public PersonIdent author() {
		FileBasedConfig config = new FileBasedConfig(repository().getDirectory().toPath().resolve(Constants.CONFIG).toFile(),
				repository().getFS());
		try {
			config.load();
		} catch (IOException | ConfigInvalidException e) {
			return null;
		}
		String name = config.getString("user", null, "name");
		String mail = config.getString("user", null, "email");
		return name == null || mail == null ? null : new PersonIdent(name, mail);
	}

	public void setAuthor(String name, String mail) throws IOException {
		StoredConfig config = repository().getConfig();
		config.setString("user", null, "name", name);
		config.setString("user", null, "email", mail);
		config.save();
	}

	/** Adds the ignore file when missing or incomplete; true when it changed. */
	static boolean writeIgnores(Path folder) throws IOException {
		Path file = folder.resolve(Constants.GITIGNORE_FILENAME);
		List<String> present = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
		List<String> missing = IGNORED.stream().filter(p -> !present.contains(p)).toList();
		if (missing.isEmpty()) {
			return false;
		}
		StringBuilder text = new StringBuilder();
		present.forEach(line -> text.append(line).append('\n'));
		if (present.isEmpty()) {
			text.append("# kept on each machine: the lock, a running apply's journal, this machine's audit log\n");
		}
		missing.forEach(line -> text.append(line).append('\n'));
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return true;
	}

	/** A transport failure in the user's words: refused credentials, or a remote that cannot be reached. */
	static TeamException failure(String url, GitAPIException e, org.eclipse.core.runtime.IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			return new TeamException(TeamException.Kind.CANCELLED, TeamText.of("cancelled"), e);
		}
		String message = String.valueOf(e.getMessage());
		if (e instanceof TransportException && (message.contains("not authorized") || message.contains("Authentication")
				|| message.contains("401") || message.contains("403") || authenticationFailed(e))) {
			return new TeamException(TeamException.Kind.AUTH_REFUSED, TeamText.of("remote.authRefused", url), e);
		}
		if (e.getCause() instanceof NoRemoteRepositoryException) {
			return new TeamException(TeamException.Kind.UNREACHABLE, TeamText.of("remote.noRepository", url), e);
		}
		return new TeamException(TeamException.Kind.UNREACHABLE, TeamText.of("remote.unreachable", url, message), e);
	}

	/** Whether an SSH server turned every credential down (JGit says so only in the cause's words). */
	private static boolean authenticationFailed(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String text = String.valueOf(cause.getMessage());
			if (text.contains("No more authentication methods available") || text.contains("Cannot log in")
					|| text.contains("authentication failed") || text.contains("Authentication failed")) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void close() {
		git.close();
	}
}
