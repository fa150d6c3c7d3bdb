package cc.enet.mailbox.connector.plan;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.DomainServers;
import cc.enet.mailbox.model.DomainServers.Assignment;
import cc.enet.mailbox.model.DomainServers.How;
import cc.enet.mailbox.model.WorkspaceWalk;

/**
 * The domains of a workspace as one server sees them: those that live on it (planned and applied there), those that
 * moved from it to another server while it still holds their mailboxes (their removal is planned, done only when
 * confirmed), and those without a server (left out, the rule domain.server says why). A workspace that defines no
 * server at all plans every domain on whichever server is asked, as before servers were named.
 */
public final class ServerDomains {

	private final String server;
	private final Workspace workspace;
	private final Map<Domain, Assignment> assignments = new IdentityHashMap<>();

	private ServerDomains(Workspace workspace, String server) {
		this.workspace = workspace;
		this.server = server;
	}

	public static ServerDomains of(Workspace workspace, String server) {
		return new ServerDomains(workspace, server);
	}

	public Assignment assignment(Domain domain) {
		return assignments.computeIfAbsent(domain, d -> DomainServers.assignment(d, workspace));
	}

	/** Whether the domain lives on this server. */
	public boolean isHere(Domain domain) {
		Assignment assignment = assignment(domain);
		return assignment.how() == How.NO_SERVERS || server.equals(assignment.server());
	}

	/** Whether the domain lives on another server of the workspace. */
	public boolean isElsewhere(Domain domain) {
		Assignment assignment = assignment(domain);
		return assignment.found() && !server.equals(assignment.server());
	}

	/** Whether the domain lives on no server: plan and apply leave it out everywhere. */
	public boolean isLeftOut(Domain domain) {
		return !isHere(domain) && !isElsewhere(domain);
	}

	/** Whether this server still has a base for the mailbox: it was applied or pulled here. */
	public boolean wasHere(Mailbox mailbox) {
		return ModelStates.base(mailbox, server) != null;
	}

	/** The domains that live here (lower-cased names): what a pull reads. */
	public Set<String> here() {
		Set<String> names = new TreeSet<>();
		for (Domain domain : WorkspaceWalk.domains(workspace)) {
			if (isHere(domain)) {
				names.add(Addresses.key(domain.getName()));
			}
		}
		return names;
	}

	/** The domains a plan reads from this server: those that live here and those that moved away from it. */
	public Set<String> toRead() {
		Set<String> names = new TreeSet<>();
		for (Domain domain : WorkspaceWalk.domains(workspace)) {
			if (isHere(domain) || isElsewhere(domain) && domain.getMailboxes().stream().anyMatch(this::wasHere)) {
				names.add(Addresses.key(domain.getName()));
			}
		}
		return names;
	}
}
