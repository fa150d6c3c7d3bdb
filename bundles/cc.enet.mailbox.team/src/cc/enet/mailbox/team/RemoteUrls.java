package cc.enet.mailbox.team;

import java.net.URISyntaxException;
import java.util.Locale;

import org.eclipse.jgit.transport.URIish;

import cc.enet.mailbox.core.credentials.ServerSecrets;

/**
 * Which remotes a team workspace may use: https, ssh (also written scp-like, {@code git@host:path}), or plain http to
 * this machine only (as for servers). A file path, git:// and http to another machine would carry the workspace or
 * the staff's password in clear or past the credentials.
 */
public final class RemoteUrls {

	private static final int SSH_PORT = 22;

	private RemoteUrls() {
	}

	public static URIish check(String url) throws TeamException {
		URIish uri;
		try {
			uri = new URIish(url.strip());
		} catch (URISyntaxException | RuntimeException e) {
			throw new TeamException(TeamException.Kind.BAD_REMOTE, TeamText.of("remote.unparsable", url), e);
		}
		boolean allowed = switch (scheme(uri)) {
		case "https", "ssh" -> uri.getHost() != null;
		case "http" -> uri.getHost() != null && !ServerSecrets.insecure(url.strip());
		default -> false;
		};
		if (!allowed) {
			throw new TeamException(TeamException.Kind.BAD_REMOTE, TeamText.of("remote.refused", url));
		}
		if (uri.getPass() != null) {
			// a password in the URL would land in .git/config: it belongs in secure storage
			throw new TeamException(TeamException.Kind.BAD_REMOTE, TeamText.of("remote.passwordInUrl", uri.setPass(null)));
		}
		return uri;
	}

	/** Whether the remote is reached over SSH (ssh:// or scp-like). */
	public static boolean isSsh(String url) {
		try {
			return scheme(new URIish(url.strip())).equals("ssh");
		} catch (URISyntaxException | RuntimeException e) {
			return false;
		}
	}

	/**
	 * scheme://host:port, what a remote's credentials (and an SSH remote's host key) are bound to; an scp-like remote
	 * is ssh on port 22, so both spellings of one server share them.
	 */
	public static String origin(String url) {
		if (!isSsh(url)) {
			return ServerSecrets.origin(url);
		}
		try {
			URIish uri = new URIish(url.strip());
			int port = uri.getPort() > 0 ? uri.getPort() : SSH_PORT;
			return "ssh://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
		} catch (URISyntaxException e) {
			return url;
		}
	}

	/** The user the URL names (ssh://git@host/...), or null. */
	public static String user(String url) {
		try {
			return new URIish(url.strip()).getUser();
		} catch (URISyntaxException | RuntimeException e) {
			return null;
		}
	}

	/** The scheme, lower case; "ssh" for the scp-like form (a host, no scheme), "" for a local path. */
	private static String scheme(URIish uri) {
		if (uri.getScheme() == null) {
			return uri.getHost() != null ? "ssh" : "";
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		return scheme.equals("ssh+git") || scheme.equals("git+ssh") ? "ssh" : scheme;
	}
}
