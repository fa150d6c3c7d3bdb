package cc.enet.mailbox.core.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.Addresses;

/** Writes every domain as one CSV row, in name order, with the columns the domain import reads. */
public final class DomainCsvExporter {

	private DomainCsvExporter() {
	}

	public static int write(Workspace workspace, Writer out) throws IOException {
		List<Domain> all = new ArrayList<>();
		for (Customer customer : workspace.getCustomers()) {
			all.addAll(customer.getDomains());
		}
		all.sort(Comparator.comparing((Domain d) -> Addresses.key(d.getName())));
		CsvWriter csv = CsvWriter.csv(out);
		csv.row(DomainColumn.all().stream().map(DomainColumn::header).toList());
		for (Domain domain : all) {
			csv.row(row(domain));
		}
		csv.flush();
		return all.size();
	}

	/** The cells of one domain, in column order. */
	static List<String> row(Domain domain) {
		List<String> cells = new ArrayList<>();
		for (DomainColumn column : DomainColumn.all()) {
			cells.add(cell(domain, column));
		}
		return cells;
	}

	private static String cell(Domain domain, DomainColumn column) {
		ServiceEndpoint endpoint = column.protocol() == null ? null : DomainCsvImporter.endpoint(domain, column.protocol());
		if (column.protocol() != null && endpoint == null) {
			return "";
		}
		return switch (column) {
		case DOMAIN -> domain.getName();
		case CUSTOMER -> domain.getCustomer() == null ? "" : domain.getCustomer().getId();
		case COURSE -> word(domain.getCourse());
		case MAIL_OPTION -> word(domain.getMailOption());
		case COURSE_FREE_FORWARDING -> yesNo(domain.isCourseFreeForwarding());
		case DNS_EXTERNAL -> yesNo(domain.isDnsExternal());
		case POP3_HOST, IMAP_HOST, SMTP_HOST -> endpoint.getHost() == null ? "" : endpoint.getHost();
		case POP3_PORT, IMAP_PORT, SMTP_PORT -> String.valueOf(endpoint.getPort());
		case POP3_TLS, IMAP_TLS, SMTP_TLS -> endpoint.getTls() == TlsMode.IMPLICIT ? "ssl" : word(endpoint.getTls());
		case POP3_AUTH, IMAP_AUTH, SMTP_AUTH_METHOD -> auth(endpoint.getAuthentication());
		case SMTP_AUTH -> yesNo(endpoint.isSmtpAuth());
		case IMAP_HOST_CONFIRMED -> yesNo(endpoint.isHostConfirmed());
		case CONTACT_NAME -> contact(domain, true);
		case CONTACT_ADDRESS -> contact(domain, false);
		case SERVER -> domain.getServer() == null ? "" : domain.getServer();
		};
	}

	private static String contact(Domain domain, boolean name) {
		Customer customer = domain.getCustomer();
		String value = customer == null ? null : name ? customer.getContactName() : customer.getContactAddress();
		return value == null ? "" : value;
	}

	private static String auth(AuthMethod method) {
		return switch (method) {
		case NORMAL_PASSWORD -> "normal";
		case KERBEROS_GSSAPI -> "kerberos";
		default -> word(method);
		};
	}

	/** An enum value as the file writes it: lower case, words joined by "-" (pop3-type-b). */
	private static String word(Enumerator value) {
		return value == null ? "" : value.getName().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}
}
