package cc.enet.mailbox.core.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Filters;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.core.credentials.CredentialEdits;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.model.WorkspaceWalk;

/**
 * Merges well-formed rows into a workspace: a new address takes its domain's defaults for the columns the file
 * lacks, an existing one changes only in the columns the file has. Domains (each with a customer of its own name)
 * are created as addresses need them. Passwords go to the credential store, never into the model.
 */
public final class MailboxCsvImporter {

	private static final List<MailboxColumn> FILTER_COLUMNS = List.of(MailboxColumn.ALLOW_ADDRESSES,
			MailboxColumn.ALLOW_DOMAINS, MailboxColumn.DENY_ADDRESSES, MailboxColumn.DENY_DOMAINS,
			MailboxColumn.REJECT_VIRUS, MailboxColumn.REJECT_SPAM);

	private final Workspace workspace;
	private final Map<String, Domain> domains = new HashMap<>();
	private final Map<String, Mailbox> mailboxes = new HashMap<>();
	/** Kept as domains are added: a fresh list per new domain made an import of 5,000 domains quadratic. */
	private final Set<String> customerIds = new HashSet<>();
	/** What {@link #stage} prepared and {@link #commit} puts into the workspace, in the rows' order. */
	private final Set<Customer> newCustomers = new LinkedHashSet<>();
	private final Map<Domain, List<Mailbox>> newInExistingDomains = new LinkedHashMap<>();
	private final List<MailboxRow> updates = new ArrayList<>();
	private int created;

	public MailboxCsvImporter(Workspace workspace) {
		this.workspace = workspace;
		workspace.getCustomers().forEach(c -> customerIds.add(c.getId()));
		for (Domain domain : WorkspaceWalk.domains(workspace)) {
			domains.putIfAbsent(Addresses.key(domain.getName()), domain);
			for (Mailbox mailbox : domain.getMailboxes()) {
				mailboxes.putIfAbsent(Addresses.key(mailbox.getAddress()), mailbox);
			}
		}
	}

	/**
	 * Applies {@code rows} (already checked by {@link MailboxCsvReader}). Passwords are stored first: a failing store
	 * then leaves the model untouched.
	 */
	public ImportReport apply(List<MailboxRow> rows, CredentialStore credentials) throws CredentialException {
		for (MailboxRow row : rows) {
			stage(row);
		}
		return commit(rows, credentials);
	}

	/**
	 * Prepares one row without touching the workspace: a new mailbox (and its new domain and customer) is built
	 * apart, a change to an existing one is noted. So rows can be staged while the file is still being read, and a
	 * file found wrong later leaves the workspace as it was.
	 */
	void stage(MailboxRow row) {
		String key = Addresses.key(row.address);
		Mailbox mailbox = mailboxes.get(key);
		if (mailbox != null) {
			updates.add(row);
			return;
		}
		String domainName = Addresses.domainOf(key);
		Domain domain = domains.get(domainName);
		if (domain == null) {
			domain = newDomain(domainName);
		}
		mailbox = MailboxModels.newMailbox(domain, row.address);
		applyRow(row, mailbox);
		if (newCustomers.contains(domain.eContainer())) {
			domain.getMailboxes().add(mailbox); // a domain built apart: not in the workspace yet
		} else {
			newInExistingDomains.computeIfAbsent(domain, d -> new ArrayList<>()).add(mailbox);
		}
		mailboxes.put(key, mailbox);
		created++;
	}

	/** Stores the passwords of {@code rows}, then puts what {@link #stage} prepared into the workspace. */
	ImportReport commit(List<MailboxRow> rows, CredentialStore credentials) throws CredentialException {
		int passwords = storePasswords(rows, credentials, workspace);
		// one at a time, as the console's listeners have always been told of an import (no ADD_MANY)
		newCustomers.forEach(workspace.getCustomers()::add);
		newInExistingDomains.forEach((domain, added) -> added.forEach(domain.getMailboxes()::add));
		int updated = 0, unchanged = 0;
		for (MailboxRow row : updates) {
			Mailbox mailbox = mailboxes.get(Addresses.key(row.address));
			List<String> before = MailboxCsvExporter.row(mailbox);
			applyRow(row, mailbox);
			if (before.equals(MailboxCsvExporter.row(mailbox))) {
				unchanged++;
			} else {
				updated++;
			}
		}
		ImportReport report = new ImportReport(created, updated, unchanged, newCustomers.size(), passwords);
		newCustomers.clear();
		newInExistingDomains.clear();
		updates.clear();
		created = 0;
		return report;
	}

	/**
	 * Stores the password column of {@code rows} in one write of the store (thousands of rows: one flush), and
	 * overwrites them in the rows. Returns how many. All or none are stored.
	 */
	public static int storePasswords(List<MailboxRow> rows, CredentialStore credentials, Workspace workspace)
			throws CredentialException {
		CredentialEdits edits = new CredentialEdits();
		try {
			for (MailboxRow row : rows) {
				if (row.password != null) {
					if (credentials == null) {
						throw new CredentialException("line " + row.line + ": a password was given but no credential store is available");
					}
					edits.store(Addresses.key(row.address), row.password);
				}
			}
			if (!edits.isEmpty()) {
				MailboxPasswords.of(credentials, workspace).update(edits);
			}
			for (MailboxRow row : rows) {
				if (row.password != null) {
					Arrays.fill(row.password, '\0');
					row.password = null;
				}
			}
			return edits.size();
		} finally {
			edits.clear();
		}
	}

	private Domain newDomain(String name) {
		Customer customer = MailboxModels.newCustomer(uniqueCustomerId(name), name);
		Domain domain = MailboxModels.newDomain(name);
		customer.getDomains().add(domain);
		newCustomers.add(customer);
		domains.put(name, domain);
		return domain;
	}

	private String uniqueCustomerId(String base) {
		String id = base;
		for (int n = 2; customerIds.contains(id); n++) {
			id = base + "-" + n;
		}
		customerIds.add(id);
		return id;
	}

	/** Changes {@code mailbox} in the columns {@code row} has; shared with the console's paste. */
	static void applyRow(MailboxRow row, Mailbox mailbox) {
		if (row.has(MailboxColumn.DISPLAY_NAME)) {
			mailbox.setDisplayName(row.text(MailboxColumn.DISPLAY_NAME));
		}
		if (row.has(MailboxColumn.QUOTA_MB)) {
			mailbox.setQuotaMb(row.integer(MailboxColumn.QUOTA_MB));
		}
		if (row.has(MailboxColumn.SEND_ENCODING)) {
			mailbox.setSendEncoding(row.encoding());
		}
		if (row.has(MailboxColumn.RETENTION)) {
			mailbox.setRetention(row.retention().retention());
			mailbox.setRetentionDays(row.retention().days());
		}
		if (row.has(MailboxColumn.FORWARD_TO)) {
			replace(MailboxModels.forwarding(mailbox).getTargets(), row.list(MailboxColumn.FORWARD_TO));
		}
		if (row.has(MailboxColumn.FORWARD_KEEP_COPY)) {
			MailboxModels.forwarding(mailbox).setKeepCopy(row.bool(MailboxColumn.FORWARD_KEEP_COPY));
		}
		if (!hasAny(row, FILTER_COLUMNS)) {
			return;
		}
		Filters filters = MailboxModels.filters(mailbox);
		if (row.has(MailboxColumn.ALLOW_ADDRESSES)) {
			replace(filters.getAllowAddresses(), row.list(MailboxColumn.ALLOW_ADDRESSES));
		}
		if (row.has(MailboxColumn.ALLOW_DOMAINS)) {
			replace(filters.getAllowDomains(), row.list(MailboxColumn.ALLOW_DOMAINS));
		}
		if (row.has(MailboxColumn.DENY_ADDRESSES)) {
			replace(filters.getDenyAddresses(), row.list(MailboxColumn.DENY_ADDRESSES));
		}
		if (row.has(MailboxColumn.DENY_DOMAINS)) {
			replace(filters.getDenyDomains(), row.list(MailboxColumn.DENY_DOMAINS));
		}
		if (row.has(MailboxColumn.REJECT_VIRUS)) {
			filters.setRejectVirus(row.bool(MailboxColumn.REJECT_VIRUS));
		}
		if (row.has(MailboxColumn.REJECT_SPAM)) {
			filters.setRejectSpam(row.bool(MailboxColumn.REJECT_SPAM));
		}
	}

	/** A loop, not a stream: asked for every row of a file. */
	private static boolean hasAny(MailboxRow row, List<MailboxColumn> columns) {
		for (int i = 0; i < columns.size(); i++) {
			if (row.has(columns.get(i))) {
				return true;
			}
		}
		return false;
	}

	/** Replaces a list only when it differs, so an unchanged row stays free of notifications. */
	private static void replace(List<String> list, List<String> values) {
		if (!list.equals(values)) {
			list.clear();
			list.addAll(values);
		}
	}
}
