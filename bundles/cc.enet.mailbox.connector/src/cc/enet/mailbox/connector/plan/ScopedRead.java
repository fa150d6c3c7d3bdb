package cc.enet.mailbox.connector.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.model.Addresses;

/**
 * Reads the mailboxes of a partial plan, and then whatever their forwarding reaches in the managed domains, in the
 * model or on the server, round by round: a loop that an edit closes through forwarding only the server holds runs
 * through the edited mailbox, so it is still seen (and refused by apply) without reading the whole server.
 */
public final class ScopedRead {

	/** Forwarding chains longer than this are not followed further (each round is one batched read). */
	private static final int MAX_ROUNDS = 20;

	private ScopedRead() {
	}

	public static ServerSnapshot read(Connector connector, Workspace workspace, Set<String> scope, IProgressMonitor monitor)
			throws ConnectorException {
		return read(connector, workspace, Planner.domainsOf(workspace), scope, monitor);
	}

	/** As above, following forwarding only into {@code managedDomains} (those the server is read for). */
	public static ServerSnapshot read(Connector connector, Workspace workspace, Set<String> managedDomains, Set<String> scope,
			IProgressMonitor monitor) throws ConnectorException {
		Map<String, Mailbox> model = index(workspace);
		ServerSnapshot snapshot = connector.readMailboxes(scope, monitor);
		Set<String> seen = new HashSet<>(scope);
		Set<String> round = scope;
		for (int i = 0; i < MAX_ROUNDS && !round.isEmpty(); i++) {
			Set<String> next = new HashSet<>();
			for (String address : round) {
				Mailbox mailbox = model.get(address);
				if (mailbox != null) {
					reach(ModelStates.desired(mailbox), seen, managedDomains, next);
				}
				reach(snapshot.mailboxes().get(address), seen, managedDomains, next);
			}
			if (!next.isEmpty()) {
				snapshot = snapshot.with(connector.readMailboxes(next, monitor));
			}
			round = next;
		}
		return snapshot;
	}

	private static void reach(MailboxState state, Set<String> seen, Set<String> managedDomains, Set<String> next) {
		if (state == null || state.forwarding() == null) {
			return;
		}
		for (String target : state.forwarding().targets()) {
			String key = Addresses.key(target);
			if (managedDomains.contains(Addresses.domainOf(key)) && seen.add(key)) {
				next.add(key);
			}
		}
	}

	private static Map<String, Mailbox> index(Workspace workspace) {
		Map<String, Mailbox> mailboxes = new HashMap<>();
		for (Customer customer : workspace.getCustomers()) {
			for (Domain domain : customer.getDomains()) {
				domain.getMailboxes().forEach(m -> mailboxes.put(Addresses.key(m.getAddress()), m));
			}
		}
		return mailboxes;
	}
}
