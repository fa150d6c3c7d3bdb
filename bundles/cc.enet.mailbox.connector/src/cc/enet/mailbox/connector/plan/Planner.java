package cc.enet.mailbox.connector.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.connector.plan.PlanEntry.Kind;
import cc.enet.mailbox.model.Addresses;

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

	/** Domains the model manages: the server is read for these only. */
	public static Set<String> domainsOf(Workspace workspace) {
		Set<String> domains = new HashSet<>();
		for (Customer customer : workspace.getCustomers()) {
			for (Domain domain : customer.getDomains()) {
				domains.add(Addresses.key(domain.getName()));
			}
		}
		return domains;
	}

	public Plan plan(Workspace workspace, ServerSnapshot snapshot) {
		List<PlanEntry> entries = new ArrayList<>();
		Set<String> managed = new HashSet<>();
		for (Customer customer : workspace.getCustomers()) {
			for (Domain domain : customer.getDomains()) {
				String domainName = Addresses.key(domain.getName());
				boolean needsDomain = domain.getMailboxes().stream().anyMatch(m -> !m.isMarkedForRemoval());
				if (needsDomain && !snapshot.domains().contains(domainName)) {
					entries.add(new PlanEntry(Kind.CREATE, domainName, null, Field.ACCOUNT, null, domainName, null,
							new Change.CreateDomain(domainName)));
				}
				for (Mailbox mailbox : domain.getMailboxes()) {
					String address = Addresses.key(mailbox.getAddress());
					managed.add(address);
					planMailbox(mailbox, domainName, snapshot.mailboxes().get(address), entries);
				}
			}
		}
		for (String address : new TreeMap<>(snapshot.mailboxes()).keySet()) {
			if (!managed.contains(address)) {
				entries.add(new PlanEntry(Kind.UNMANAGED, Addresses.domainOf(address), address, Field.ACCOUNT, address, null,
						null, null));
			}
		}
		return new Plan(server, fingerprint(workspace), fingerprint(snapshot), entries, snapshot);
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
		if (onServer == null) {
			entries.add(new PlanEntry(Kind.CREATE, domain, address, Field.ACCOUNT, null, address, null,
					new Change.CreateMailbox(address, domain)));
			onServer = new MailboxState(address, null, new MailboxState.Forwarding(List.of(), false), MailboxState.Filters.none());
			base = null;
		}
		field(Field.QUOTA, desired, onServer, base, domain, entries,
				new Change.SetQuota(address, domain, mailbox.getQuotaMb()));
		field(Field.FORWARDING, desired, onServer, base, domain, entries,
				new Change.SetForwarding(address, domain, desired.forwarding(), onServer.forwarding()));
		field(Field.ALLOW_DENY, desired, onServer, base, domain, entries,
				new Change.SetFilters(address, domain, desired.filters().listsOnly()));
		unsupported(mailbox, desired, domain, entries);
	}

	private void field(Field field, MailboxState desired, MailboxState onServer, MailboxState base, String domain,
			List<PlanEntry> entries, Change change) {
		if (!capabilities.canWrite(field)) {
			return; // reported by unsupported()
		}
		String want = desired.describe(field);
		String known = capabilities.canRead(field) ? onServer.describe(field) : null;
		String was = base == null ? null : base.describe(field);
		String address = desired.address();
		if (known == null) {
			// The server cannot tell: the base (what was last written) stands in for it.
			if (!Objects.equals(want, was) && !(was == null && isEmpty(field, desired))) {
				entries.add(new PlanEntry(Kind.UPDATE, domain, address, field, was, want, was, change));
			}
			return;
		}
		if (want.equals(known)) {
			return;
		}
		boolean drifted = was != null && !was.equals(known);
		entries.add(new PlanEntry(drifted ? Kind.CONFLICT : Kind.UPDATE, domain, address, field, known, want, was, change));
	}

	/** A new mailbox need not be sent empty lists the server does not hold anyway. */
	private static boolean isEmpty(Field field, MailboxState desired) {
		return field == Field.ALLOW_DENY && desired.filters().listsOnly().equals(MailboxState.Filters.none());
	}

	private void unsupported(Mailbox mailbox, MailboxState desired, String domain, List<PlanEntry> entries) {
		String address = desired.address();
		if (desired.filters().rejectVirus() && !capabilities.canWrite(Field.REJECT_VIRUS)) {
			entries.add(new PlanEntry(Kind.UNSUPPORTED, domain, address, Field.REJECT_VIRUS, null, "true", null, null));
		}
		if (desired.filters().rejectSpam() && !capabilities.canWrite(Field.REJECT_SPAM)) {
			entries.add(new PlanEntry(Kind.UNSUPPORTED, domain, address, Field.REJECT_SPAM, null, "true", null, null));
		}
		if (mailbox.getDisplayName() != null && !mailbox.getDisplayName().isEmpty()
				&& !capabilities.canWrite(Field.DISPLAY_NAME)) {
			entries.add(new PlanEntry(Kind.UNSUPPORTED, domain, address, Field.DISPLAY_NAME, null, mailbox.getDisplayName(),
					null, null));
		}
		if (mailbox.getSendEncoding() != SendEncoding.ISO_2022_JP && !capabilities.canWrite(Field.SEND_ENCODING)) {
			entries.add(new PlanEntry(Kind.UNSUPPORTED, domain, address, Field.SEND_ENCODING, null,
					mailbox.getSendEncoding().getLiteral(), null, null));
		}
		for (Field field : List.of(Field.QUOTA, Field.FORWARDING, Field.ALLOW_DENY)) {
			if (!capabilities.canWrite(field)) {
				entries.add(new PlanEntry(Kind.UNSUPPORTED, domain, address, field, null, desired.describe(field), null, null));
			}
		}
	}

	/** A digest of everything the model asks of servers; equal digests plan the same changes. */
	public static String fingerprint(Workspace workspace) {
		Map<String, String> states = new TreeMap<>();
		for (Customer customer : workspace.getCustomers()) {
			for (Domain domain : customer.getDomains()) {
				for (Mailbox mailbox : domain.getMailboxes()) {
					states.put(Addresses.key(mailbox.getAddress()), ModelStates.desired(mailbox) + "|" + mailbox.isMarkedForRemoval()
							+ "|" + mailbox.getServerStates().stream().map(s -> s.getServer() + ModelStates.base(mailbox, s.getServer())).toList());
				}
			}
		}
		return digest(states.toString());
	}

	public static String fingerprint(ServerSnapshot snapshot) {
		return digest(new TreeMap<>(snapshot.mailboxes()).toString() + new java.util.TreeSet<>(snapshot.domains()));
	}

	private static String digest(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
					.toLowerCase(Locale.ROOT);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
