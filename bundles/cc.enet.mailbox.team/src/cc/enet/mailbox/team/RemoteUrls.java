package cc.enet.mailbox.team;

import java.net.URISyntaxException;
import java.util.Locale;

import org.eclipse.jgit.transport.URIish;

import cc.enet.mailbox.core.credentials.ServerSecrets;

/**
 * Which remotes a team workspace may use: https, or plain http to this machine only (as for servers). A file path,
 * git:// and http to another machine would carry the workspace or the staff's password in clear or past the
 * credentials; ssh is not offered until its transport ships with the product.
 */
public final class RemoteUrls {

	private RemoteUrls() {
	}

	public static URIish check(String url) throws TeamException {
		URIish uri;
		try {
			uri = new URIish(url.strip());
		} catch (URISyntaxException | RuntimeException e) {
			throw new TeamException(TeamException.Kind.BAD_REMOTE, TeamText.of("remote.unparsable", url), e);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		boolean allowed = switch (scheme) {
		case "https" -> uri.getHost() != null;
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

	/** scheme://host:port, what a remote's credentials are bound to. */
	public static String origin(String url) {
		return ServerSecrets.origin(url);
	}
}
