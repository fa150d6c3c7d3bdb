package cc.enet.mailbox.core.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.Course;
import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailOption;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.model.WorkspaceWalk;

/**
 * Merges checked domain rows into a workspace: a new domain gets the guide's endpoints and defaults (and no guessed
 * host), an existing one changes only in the cells the file fills. A domain filed under another customer than the
 * file says is refused, before anything changes.
 */
public final class DomainCsvImporter {

	private final Workspace workspace;
	private final String fileName;
	private final Map<String, Domain> domains = new HashMap<>();

	public DomainCsvImporter(Workspace workspace, String fileName) {
		this.workspace = workspace;
		this.fileName = fileName;
		for (Domain domain : WorkspaceWalk.domains(workspace)) {
			domains.putIfAbsent(Addresses.key(domain.getName()), domain);
		}
	}

	public ImportReport apply(List<DomainRow> rows) throws CsvImportException {
		List<CsvProblem> problems = new ArrayList<>();
		for (DomainRow row : rows) {
			Domain domain = domains.get(Addresses.key(row.domain));
			if (domain != null && row.has(DomainColumn.CUSTOMER) && domain.getCustomer() != null
					&& !domain.getCustomer().getId().equals(row.get(DomainColumn.CUSTOMER))) {
				problems.add(new CsvProblem(fileName, row.line, DomainColumn.CUSTOMER.header(), "csv.otherCustomer",
						row.domain, domain.getCustomer().getId()));
			}
		}
		problems.addAll(contactDisagreements(rows));
		problems.addAll(unknownServers(rows));
		if (!problems.isEmpty()) {
			throw new CsvImportException(problems);
		}
		int created = 0, updated = 0, unchanged = 0;
		for (DomainRow row : rows) {
			Domain domain = domains.get(Addresses.key(row.domain));
			if (domain == null) {
				domain = MailboxModels.newDomain(row.domain);
				applyRow(row, domain);
				customer(row).getDomains().add(domain);
				setContact(row, domain.getCustomer());
				domains.put(Addresses.key(row.domain), domain);
				created++;
			} else {
				List<String> before = DomainCsvExporter.row(domain);
				applyRow(row, domain);
				setContact(row, domain.getCustomer());
				if (before.equals(DomainCsvExporter.row(domain))) {
					unchanged++;
				} else {
					updated++;
				}
			}
		}
		return new ImportReport(created, updated, unchanged, created, 0, CsvKind.DOMAINS);
	}

	/** Two rows of one customer that give it different contacts: which one is meant is not for the import to guess. */
	private List<CsvProblem> contactDisagreements(List<DomainRow> rows) {
		List<CsvProblem> problems = new ArrayList<>();
		Map<String, DomainRow> first = new HashMap<>();
		for (DomainRow row : rows) {
			for (DomainColumn column : List.of(DomainColumn.CONTACT_NAME, DomainColumn.CONTACT_ADDRESS)) {
				if (!row.has(column)) {
					continue;
				}
				String key = customerId(row) + "\n" + column;
				DomainRow earlier = first.putIfAbsent(key, row);
				if (earlier != null && !earlier.get(column).equals(row.get(column))) {
					problems.add(new CsvProblem(fileName, row.line, column.header(), "csv.contactDisagrees",
							row.get(column), earlier.get(column), String.valueOf(earlier.line)));
				}
			}
		}
		return problems;
	}

	/** A server the workspace does not define: the domain would be applied nowhere (a typo, or a server not added yet). */
	private List<CsvProblem> unknownServers(List<DomainRow> rows) {
		List<CsvProblem> problems = new ArrayList<>();
		List<String> names = workspace.getServers().stream().map(MailServer::getName).toList();
		for (DomainRow row : rows) {
			if (row.has(DomainColumn.SERVER) && !names.contains(row.<String>get(DomainColumn.SERVER))) {
				problems.add(new CsvProblem(fileName, row.line, DomainColumn.SERVER.header(), "csv.unknownServer",
						row.get(DomainColumn.SERVER), names.isEmpty() ? "-" : String.join(", ", names)));
			}
		}
		return problems;
	}

	/** The id of the customer the row's domain is (or will be) filed under. */
	private String customerId(DomainRow row) {
		Domain domain = domains.get(Addresses.key(row.domain));
		if (domain != null && domain.getCustomer() != null) {
			return domain.getCustomer().getId();
		}
		return row.has(DomainColumn.CUSTOMER) ? row.get(DomainColumn.CUSTOMER) : row.domain;
	}

	/** The customer the row names (created when new), else a customer of the domain's own name. */
	private Customer customer(DomainRow row) {
		String id = row.has(DomainColumn.CUSTOMER) ? row.get(DomainColumn.CUSTOMER) : row.domain;
		for (Customer customer : workspace.getCustomers()) {
			if (id.equals(customer.getId())) {
				return customer;
			}
		}
		Customer customer = MailboxModels.newCustomer(id, id);
		workspace.getCustomers().add(customer);
		return customer;
	}

	private static void applyRow(DomainRow row, Domain domain) {
		row.values.forEach((column, value) -> {
			switch (column) {
			case COURSE -> domain.setCourse((Course) value);
			case MAIL_OPTION -> domain.setMailOption((MailOption) value);
			case COURSE_FREE_FORWARDING -> domain.setCourseFreeForwarding((Boolean) value);
			case DNS_EXTERNAL -> domain.setDnsExternal((Boolean) value);
			case POP3_HOST, IMAP_HOST, SMTP_HOST -> endpointFor(domain, column).setHost((String) value);
			case POP3_PORT, IMAP_PORT, SMTP_PORT -> endpointFor(domain, column).setPort((Integer) value);
			case POP3_TLS, IMAP_TLS, SMTP_TLS -> endpointFor(domain, column).setTls((TlsMode) value);
			case POP3_AUTH, IMAP_AUTH, SMTP_AUTH_METHOD -> endpointFor(domain, column).setAuthentication((AuthMethod) value);
			case SMTP_AUTH -> endpointFor(domain, column).setSmtpAuth((Boolean) value);
			case IMAP_HOST_CONFIRMED -> endpointFor(domain, column).setHostConfirmed((Boolean) value);
			case CONTACT_NAME, CONTACT_ADDRESS -> {
				// the customer's, set once the domain is filed (setContact)
			}
			case SERVER -> domain.setServer((String) value);
			case DOMAIN, CUSTOMER -> {
				// the key, and where a new domain is filed
			}
			}
		});
	}

	private static void setContact(DomainRow row, Customer customer) {
		if (customer == null) {
			return;
		}
		if (row.has(DomainColumn.CONTACT_NAME)) {
			customer.setContactName(row.get(DomainColumn.CONTACT_NAME));
		}
		if (row.has(DomainColumn.CONTACT_ADDRESS)) {
			customer.setContactAddress(row.get(DomainColumn.CONTACT_ADDRESS));
		}
	}

	private static ServiceEndpoint endpointFor(Domain domain, DomainColumn column) {
		ServiceEndpoint endpoint = endpoint(domain, column.protocol());
		if (endpoint == null) {
			endpoint = MailboxModels.endpoint(column.protocol(), null);
			domain.getEndpoints().add(endpoint);
		}
		return endpoint;
	}

	static ServiceEndpoint endpoint(Domain domain, Protocol protocol) {
		return domain.getEndpoints().stream().filter(e -> e.getProtocol() == protocol).findFirst().orElse(null);
	}
}
