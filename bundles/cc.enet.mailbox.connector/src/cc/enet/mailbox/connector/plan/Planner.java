package cc.enet.mailbox.connector.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.connector.plan.PlanEntry.Kind;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.DomainServers;
import cc.enet.mailbox.model.DomainServers.Assignment;
import cc.enet.mailbox.model.WorkspaceWalk;

/**
 * Compares the model with a server snapshot. Per field: equal means nothing to do; different from a server that
 * still holds the base means update; different from a server that moved away from the base means conflict (someone
 * changed it behind the console's back), which apply leaves alone unless told otherwise.
 */
public final class Planner {

	private final String server;
	private final Capabilities capabilities;

	public Planner(String server, Capabilities capabilities) {
		this.server = server;
		this.capabilities = capabilities;
	}

	/**
	 * The domains a plan for {@code server} reads: those that live on it and those that moved away from it while it
	 * still holds their mailboxes.
	 */
	public static Set<String> domainsOf(Workspace workspace, String server) {
		return ServerDomains.of(workspace, server).toRead();
	}

	/** Every domain the model holds, whatever its server (a workspace without servers, tests, benchmarks). */
	public static Set<String> domainsOf(Workspace workspace) {
		Set<String> domains = new HashSet<>();
		for (Domain domain : WorkspaceWalk.domains(workspace)) {
			domains.add(Addresses.key(domain.getName()));
		}
		return domains;
	}

	/** Every mailbox of the model against a snapshot of every managed domain (a full refresh). */
	public Plan plan(Workspace workspace, ServerSnapshot snapshot) {
		return plan(workspace, snapshot, null);
	}

	/**
	 * The mailboxes in {@code scope} (lower-cased addresses; null: every one) against a snapshot that holds at least
	 * those. Mailboxes outside the scope are left out of the plan, not planned as missing.
	 */
	public Plan plan(Workspace workspace, ServerSnapshot snapshot, Set<String> scope) {
		List<PlanEntry> entries = new ArrayList<>();
		Set<String> managed = new HashSet<>();
		ServerDomains domains = ServerDomains.of(workspace, server);
		Map<String, Assignment> leftOut = new TreeMap<>();
		for (Customer customer : workspace.getCustomers()) {
			for (Domain domain : customer.getDomains()) {
				planDomain(domain, scope, snapshot, domains, managed, leftOut, entries);
			}
		}
		planUnmanaged(snapshot, null, managed, entries);
		return new Plan(server, fingerprint(workspace, scope), fingerprint(snapshot), entries, snapshot, scope, capabilities,
				leftOut);
	}

	/**
	 * What the plan of everything says of these domains alone (every domain of a name among them): their mailboxes,
	 * the domains to create, and the server's mailboxes of these domains the model does not have. A refresh read in
	 * batches tells this per batch; its cost follows the batch, not the workspace.
	 */
	public List<PlanEntry> entriesOf(Workspace workspace, List<Domain> batch, ServerSnapshot snapshot) {
		List<PlanEntry> entries = new ArrayList<>();
		Set<String> managed = new HashSet<>();
		Set<String> names = new HashSet<>();
		ServerDomains domains = ServerDomains.of(workspace, server);
		for (Domain domain : batch) {
			names.add(Addresses.key(domain.getName()));
			planDomain(domain, null, snapshot, domains, managed, new TreeMap<>(), entries);
		}
		planUnmanaged(snapshot, names, managed, entries);
		return entries;
	}

	private void planDomain(Domain domain, Set<String> scope, ServerSnapshot snapshot, ServerDomains domains,
			Set<String> managed, Map<String, Assignment> leftOut, List<PlanEntry> entries) {
		String domainName = Addresses.key(domain.getName());
		List<Mailbox> planned = scope == null ? domain.getMailboxes()
				: domain.getMailboxes().stream().filter(m -> scope.contains(Addresses.key(m.getAddress()))).toList();
		domain.getMailboxes().forEach(m -> managed.add(Addresses.key(m.getAddress())));
		if (domains.isLeftOut(domain)) {
			leftOut.put(domainName, domains.assignment(domain));
			return;
		}
		if (domains.isElsewhere(domain)) {
			String newServer = domains.assignment(domain).server();
			for (Mailbox mailbox : planned) {
				planMovedAway(mailbox, domainName, newServer, snapshot.mailboxes().get(Addresses.key(mailbox.getAddress())),
						entries);
			}
			return;
		}
		boolean needsDomain = planned.stream().anyMatch(m -> !m.isMarkedForRemoval());
		if (needsDomain && !snapshot.domains().contains(domainName)) {
			entries.add(new PlanEntry(Kind.CREATE, domainName, null, Field.ACCOUNT, null, domainName, null,
					new Change.CreateDomain(domainName)));
		}
		for (Mailbox mailbox : planned) {
			planMailbox(mailbox, domainName, snapshot.mailboxes().get(Addresses.key(mailbox.getAddress())), entries);
		}
	}

	/** The server's mailboxes (of {@code ofDomains} only, unless null) that no domain of the model holds. */
	private static void planUnmanaged(ServerSnapshot snapshot, Set<String> ofDomains, Set<String> managed,
			List<PlanEntry> entries) {
		for (String address : new TreeMap<>(snapshot.mailboxes()).keySet()) {
			String domain = Addresses.domainOf(address);
			if (!managed.contains(address) && (ofDomains == null || ofDomains.contains(domain))) {
				entries.add(new PlanEntry(Kind.UNMANAGED, domain, address, Field.ACCOUNT, address, null, null, null));
			}
		}
	}

	/**
	 * A mailbox of a domain that now lives on {@code newServer} and that this server still holds: its removal from here
	 * is planned, never done silently. Apply performs it only when staff confirm it for the domain, and only once the
	 * new server holds the mailbox (it has a base there): until then the entry carries no change.
	 */
	private void planMovedAway(Mailbox mailbox, String domain, String newServer, MailboxState onServer,
			List<PlanEntry> entries) {
		if (onServer == null || ModelStates.base(mailbox, server) == null) {
			return; // gone from here already, or never applied here: nothing of it to remove
		}
		String address = Addresses.key(mailbox.getAddress());
		boolean createdThere = ModelStates.base(mailbox, newServer) != null;
		entries.add(new PlanEntry(Kind.REMOVE, domain, address, Field.ACCOUNT, address, newServer, null,
				createdThere ? new Change.DeleteMailbox(address, domain) : null));
	}

	/**
	 * The mailboxes staff changed since their last apply or pull on this server: those whose plan would show a change
	 * if the server still held their base state, those never applied here, and those marked for removal.
	 */
	public Set<String> pending(Workspace workspace) {
		Set<String> pending = new HashSet<>();
		List<PlanEntry> entries = new ArrayList<>();
		ServerDomains domains = ServerDomains.of(workspace, server);
		for (Customer customer : workspace.getCustomers()) {
			for (Domain domain : customer.getDomains()) {
				String domainName = Addresses.key(domain.getName());
				if (!domains.isHere(domain)) {
					if (domains.isElsewhere(domain)) {
						// moved away: what this server still holds is to be removed (once confirmed)
						domain.getMailboxes().stream().filter(domains::wasHere).forEach(m -> pending.add(Addresses.key(m.getAddress())));
					}
					continue;
				}
				for (Mailbox mailbox : domain.getMailboxes()) {
					String address = Addresses.key(mailbox.getAddress());
					MailboxState base = ModelStates.base(mailbox, server);
					if (mailbox.isMarkedForRemoval() || base == null) {
						pending.add(address);
						continue;
					}
					entries.clear();
					planMailbox(mailbox, domainName, base, entries);
					if (entries.stream().anyMatch(PlanEntry::isChange)) {
						pending.add(address);
					}
				}
			}
		}
		return pending;
	}

	private void planMailbox(Mailbox mailbox, String domain, MailboxState onServer, List<PlanEntry> entries) {
		String address = Addresses.key(mailbox.getAddress());
		if (mailbox.isMarkedForRemoval()) {
			if (onServer != null) {
				entries.add(new PlanEntry(Kind.DELETE, domain, address, Field.ACCOUNT, address, null, null,
						new Change.DeleteMailbox(address, domain)));
			}
			return;
		}
		MailboxState desired = ModelStates.desired(mailbox);
		MailboxState base = ModelStates.base(mailbox, server);
		boolean fresh = onServer == null;
		if (fresh) {
			entries.add(new PlanEntry(Kind.CREATE, domain, address, Field.ACCOUNT, null, address, null,
					new Change.CreateMailbox(address, domain)));
			// the account comes with its initial password and every field at its neutral value
			onServer = MailboxState.fresh(address);
			base = null;
		}
		for (Field field : Field.SETTINGS) {
			if (capabilities.canWrite(field)) {
				field(field, desired, onServer, base, fresh, domain, entries);
			} else {
				unsupported(field, desired, domain, entries);
			}
		}
	}

	private void field(Field field, MailboxState desired, MailboxState onServer, MailboxState base, boolean fresh,
			String domain, List<PlanEntry> entries) {
		Object want = desired.get(field);
		if (want == null) {
			return; // a setting the model leaves to the server (a mailbox without a quota of its own)
		}
		Object known = fresh || capabilities.canRead(field) ? onServer.get(field) : null;
		Object was = base == null ? null : base.get(field);
		String address = desired.address();
		Change change = Change.set(field, address, domain, want, onServer.get(field));
		if (known == null) {
			// The server cannot tell: what was last written (or, never written, a new account's value) stands in.
			Object assumed = was != null ? was : field.neutral();
			if (!Objects.equals(want, assumed)) {
				entries.add(new PlanEntry(Kind.UPDATE, domain, address, field, field.describe(was), field.describe(want),
						field.describe(was), change));
			}
			return;
		}
		if (want.equals(known)) {
			return;
		}
		boolean drifted = was != null && !was.equals(known);
		entries.add(new PlanEntry(drifted ? Kind.CONFLICT : Kind.UPDATE, domain, address, field, field.describe(known),
				field.describe(want), field.describe(was), change));
	}

	/** A setting this server cannot hold is listed with its reason, unless it is what every account holds anyway. */
	private static void unsupported(Field field, MailboxState desired, String domain, List<PlanEntry> entries) {
		Object want = desired.get(field);
		if (want == null || want.equals(field.neutral())) {
			return;
		}
		entries.add(new PlanEntry(Kind.UNSUPPORTED, domain, desired.address(), field, null, field.describe(want), null, null));
	}

	/**
	 * A digest of everything the model asks of servers; equal digests plan the same changes. Mailbox by mailbox in
	 * address order into one running digest: at 100,000 mailboxes no text of the whole model is ever built.
	 */
	public static String fingerprint(Workspace workspace) {
		return fingerprint(workspace, null);
	}

	/**
	 * The digest of the mailboxes in {@code scope} (null: all): a partial plan binds only what it plans, so an edit
	 * elsewhere after the review is left for the next plan instead of making this one stale, and the digest costs
	 * what the plan costs.
	 */
	static String fingerprint(Workspace workspace, Set<String> scope) {
		Map<String, Mailbox> mailboxes = new TreeMap<>();
		Map<Domain, String> servers = new IdentityHashMap<>();
		for (Mailbox mailbox : WorkspaceWalk.mailboxes(workspace)) {
			String address = Addresses.key(mailbox.getAddress());
			if (scope == null || scope.contains(address)) {
				mailboxes.put(address, mailbox);
				servers.computeIfAbsent(mailbox.getDomain(), d -> String.valueOf(DomainServers.assignment(d, workspace).server()));
			}
		}
		MessageDigest digest = sha256();
		// the domain's server is part of what is asked: moving a domain makes a reviewed plan stale
		mailboxes.forEach((address, mailbox) -> digest.update((address + "@" + servers.get(mailbox.getDomain()) + "="
				+ ModelStates.desired(mailbox) + "|"
				+ mailbox.isMarkedForRemoval() + "|" + mailbox.getServerStates().stream()
						.map(s -> s.getServer() + ModelStates.base(mailbox, s.getServer())).toList() + "\n")
				.getBytes(StandardCharsets.UTF_8)));
		return HexFormat.of().formatHex(digest.digest());
	}

	public static String fingerprint(ServerSnapshot snapshot) {
		return digest(new TreeMap<>(snapshot.mailboxes()).toString() + new TreeSet<>(snapshot.domains()));
	}

	private static String digest(String text) {
		return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
