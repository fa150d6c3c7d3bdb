package cc.enet.mailbox.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.Workspace;

/**
 * Which of the workspace's servers a domain lives on. In order: the server the domain names; else the one server
 * whose host names hold the domain's notified POP3 or SMTP hosts; else, in a workspace with exactly one server, that
 * server (so a workspace made before domains named their server keeps working). Anything else is no server: plan and
 * apply leave the domain out, and the rule {@code domain.server} says why.
 */
public final class DomainServers {

	/** How a domain's server was found, or why none was. */
	public enum How {
		/** The domain names it. */
		NAMED,
		/** Its notified host names are among the server's. */
		BY_HOST_NAMES,
		/** The workspace has only this server. */
		ONLY_SERVER,
		/** The domain names a server the workspace does not define. */
		UNKNOWN_SERVER,
		/** Its notified hosts are served by more than one server. */
		AMBIGUOUS,
		/** Nothing tells: no name, no host name of a server, more than one server. */
		NONE,
		/** The workspace defines no server at all: there is nothing to live on (and nothing to apply to). */
		NO_SERVERS
	}

	/**
	 * @param server the server's name, null unless found
	 * @param candidates the servers whose host names match ({@link How#AMBIGUOUS}), the name the domain gives
	 *            ({@link How#UNKNOWN_SERVER}), else empty
	 */
	public record Assignment(How how, String server, List<String> candidates) {

		public Assignment {
			candidates = List.copyOf(candidates);
		}

		public boolean found() {
			return server != null;
		}
	}

	private DomainServers() {
	}

	/** The server the domain lives on, or null (see {@link #assignment} for why). */
	public static String serverOf(Domain domain) {
		return assignment(domain).server();
	}

	/** The domain's server within the workspace that holds it (none when it is not in a workspace). */
	public static Assignment assignment(Domain domain) {
		Workspace workspace = domain.getCustomer() != null && domain.getCustomer().eContainer() instanceof Workspace w ? w : null;
		return workspace == null ? new Assignment(How.NO_SERVERS, null, List.of()) : assignment(domain, workspace);
	}

	public static Assignment assignment(Domain domain, Workspace workspace) {
		List<MailServer> servers = workspace.getServers();
		String named = domain.getServer() == null ? "" : domain.getServer().strip();
		if (!named.isEmpty()) {
			for (MailServer server : servers) {
				if (named.equals(server.getName())) {
					return new Assignment(How.NAMED, server.getName(), List.of());
				}
			}
			return new Assignment(How.UNKNOWN_SERVER, null, List.of(named));
		}
		if (servers.isEmpty()) {
			return new Assignment(How.NO_SERVERS, null, List.of());
		}
		List<String> byHosts = byHostNames(domain, servers);
		if (byHosts.size() == 1) {
			return new Assignment(How.BY_HOST_NAMES, byHosts.get(0), List.of());
		}
		if (byHosts.size() > 1) {
			return new Assignment(How.AMBIGUOUS, null, byHosts);
		}
		if (servers.size() == 1) {
			return new Assignment(How.ONLY_SERVER, servers.get(0).getName(), List.of());
		}
		return new Assignment(How.NONE, null, List.of());
	}

	/** The servers that list one of the domain's notified POP3 or SMTP hosts (IMAP's is the guide's shared host). */
	private static List<String> byHostNames(Domain domain, List<MailServer> servers) {
		List<String> hosts = new ArrayList<>();
		for (ServiceEndpoint endpoint : domain.getEndpoints()) {
			if (endpoint.getProtocol() != Protocol.IMAP && endpoint.getHost() != null && !endpoint.getHost().isBlank()) {
				hosts.add(endpoint.getHost().strip().toLowerCase(Locale.ROOT));
			}
		}
		List<String> matching = new ArrayList<>();
		for (MailServer server : servers) {
			for (String hostName : server.getHostNames()) {
				if (hostName != null && hosts.contains(hostName.strip().toLowerCase(Locale.ROOT))) {
					matching.add(server.getName());
					break;
				}
			}
		}
		return matching;
	}
}
