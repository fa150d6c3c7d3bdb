package cc.enet.mailbox.core.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.Course;
import cc.enet.mailbox.MailOption;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.model.Addresses;

/**
 * Turns a domain CSV into rows, or into the complete list of what is wrong with it, exactly as the mailbox CSV is read:
 * only the form is checked here (a host name outside Enet's list is data, reported by validation). Values are
 * case-insensitive and {@code -} and {@code _} are alike; an empty cell leaves the value as it is.
 */
public final class DomainCsvReader {

	private static final Map<String, TlsMode> TLS = Map.of("SSL", TlsMode.IMPLICIT, "IMPLICIT", TlsMode.IMPLICIT,
			"STARTTLS", TlsMode.STARTTLS, "NONE", TlsMode.NONE);
	private static final Map<String, AuthMethod> AUTH = Map.of("NORMAL", AuthMethod.NORMAL_PASSWORD,
			"NORMAL_PASSWORD", AuthMethod.NORMAL_PASSWORD, "APOP", AuthMethod.APOP, "CRAM_MD5", AuthMethod.CRAM_MD5,
			"NTLM", AuthMethod.NTLM, "KERBEROS", AuthMethod.KERBEROS_GSSAPI, "KERBEROS_GSSAPI", AuthMethod.KERBEROS_GSSAPI,
			"SPA", AuthMethod.SPA);

	private final String fileName;
	private final List<CsvProblem> problems = new ArrayList<>();

	private DomainCsvReader(String fileName) {
		this.fileName = fileName;
	}

	public static List<DomainRow> read(String fileName, String text) throws CsvImportException {
		DomainCsvReader reader = new DomainCsvReader(fileName);
		List<DomainRow> rows = reader.rows(text);
		if (!reader.problems.isEmpty()) {
			throw new CsvImportException(reader.problems);
		}
		return rows;
	}

	private List<DomainRow> rows(String text) {
		List<CsvRecord> records;
		try {
			records = CsvParser.parse(text).stream().filter(r -> !r.isBlank()).toList();
		} catch (CsvSyntaxException e) {
			problems.add(e.toProblem(fileName)); // with its column and arguments, as the mailbox reader does
			return List.of();
		}
		if (records.isEmpty()) {
			problems.add(new CsvProblem(fileName, 1, "", "csv.noHeader"));
			return List.of();
		}
		DomainColumn[] columns = header(records.get(0));
		if (columns == null) {
			return List.of();
		}
		List<DomainRow> rows = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CsvRecord record : records.subList(1, records.size())) {
			DomainRow row = row(record, columns);
			if (row != null) {
				Integer earlier = seen.putIfAbsent(Addresses.key(row.domain), record.line());
				if (earlier != null) {
					problem(record.line(), DomainColumn.DOMAIN, "csv.duplicateRow", String.valueOf(earlier));
				} else {
					rows.add(row);
				}
			}
		}
		return rows;
	}

	private DomainColumn[] header(CsvRecord record) {
		DomainColumn[] columns = new DomainColumn[record.fields().size()];
		boolean ok = true;
		for (int i = 0; i < columns.length; i++) {
			String name = record.fields().get(i).strip().toLowerCase(Locale.ROOT);
			DomainColumn column = DomainColumn.byHeader(name).orElse(null);
			if (column == null) {
				problems.add(new CsvProblem(fileName, record.line(), name, "csv.unknownColumn",
						String.join(", ", DomainColumn.all().stream().map(DomainColumn::header).toList())));
				ok = false;
			} else if (Arrays.asList(columns).contains(column)) {
				problems.add(new CsvProblem(fileName, record.line(), name, "csv.columnTwice"));
				ok = false;
			}
			columns[i] = column;
		}
		if (!Arrays.asList(columns).contains(DomainColumn.DOMAIN)) {
			problems.add(new CsvProblem(fileName, record.line(), DomainColumn.DOMAIN.header(), "csv.requiredMissing"));
			ok = false;
		}
		return ok ? columns : null;
	}

	private DomainRow row(CsvRecord record, DomainColumn[] columns) {
		List<String> fields = record.fields();
		if (fields.size() != columns.length) {
			problem(record.line(), null, "csv.fieldCount", String.valueOf(fields.size()), String.valueOf(columns.length));
			return null;
		}
		int before = problems.size();
		String domain = fields.get(Arrays.asList(columns).indexOf(DomainColumn.DOMAIN)).strip();
		if (domain.isEmpty()) {
			problem(record.line(), DomainColumn.DOMAIN, "csv.empty");
		} else if (!Addresses.isValidDomain(domain)) {
			problem(record.line(), DomainColumn.DOMAIN, "csv.notDomain", domain);
		}
		DomainRow row = new DomainRow(record.line(), domain);
		for (int i = 0; i < columns.length; i++) {
			String value = fields.get(i).strip();
			if (columns[i] != DomainColumn.DOMAIN && !value.isEmpty()) {
				cell(row, columns[i], value);
			}
		}
		return problems.size() == before ? row : null;
	}

	private void cell(DomainRow row, DomainColumn column, String value) {
		String key = value.toUpperCase(Locale.ROOT).replace('-', '_');
		Object parsed = switch (column) {
		case CUSTOMER, POP3_HOST, IMAP_HOST, SMTP_HOST, CONTACT_NAME, SERVER -> value;
		case CONTACT_ADDRESS -> Addresses.isValidAddress(value) ? value : null;
		case COURSE -> literal(Course.VALUES, key);
		case MAIL_OPTION -> literal(MailOption.VALUES, key);
		case COURSE_FREE_FORWARDING, DNS_EXTERNAL, SMTP_AUTH, IMAP_HOST_CONFIRMED -> bool(value);
		case POP3_PORT, IMAP_PORT, SMTP_PORT -> port(value);
		case POP3_TLS, IMAP_TLS, SMTP_TLS -> TLS.get(key);
		case POP3_AUTH, IMAP_AUTH, SMTP_AUTH_METHOD -> AUTH.get(key);
		case DOMAIN -> throw new IllegalStateException();
		};
		if (parsed == null && column == DomainColumn.CONTACT_ADDRESS) {
			problem(row.line, column, "csv.notAddress", value);
		} else if (parsed == null) {
			problem(row.line, column, "csv.notOneOf", value, choices(column));
		} else {
			row.values.put(column, parsed);
		}
	}

	private static <E extends Enumerator> E literal(List<E> values, String key) {
		return values.stream().filter(v -> v.getName().equals(key)).findFirst().orElse(null);
	}

	private static Integer port(String value) {
		try {
			int port = Integer.parseInt(value);
			return port >= 1 && port <= 65535 ? port : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static Boolean bool(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
		case "yes", "true", "1" -> Boolean.TRUE;
		case "no", "false", "0" -> Boolean.FALSE;
		default -> null;
		};
	}

	/** What a column takes, as the error message lists it. */
	static String choices(DomainColumn column) {
		return switch (column) {
		case COURSE -> "basic, standard, standard-hosting-pack, other";
		case MAIL_OPTION -> "none, pop3-type-b, email-pack-10";
		case COURSE_FREE_FORWARDING, DNS_EXTERNAL, SMTP_AUTH, IMAP_HOST_CONFIRMED -> "yes, no";
		case POP3_PORT, IMAP_PORT, SMTP_PORT -> "1-65535";
		case POP3_TLS, IMAP_TLS, SMTP_TLS -> "ssl, starttls, none";
		case POP3_AUTH, IMAP_AUTH, SMTP_AUTH_METHOD -> "normal, apop, cram-md5, ntlm, kerberos, spa";
		default -> "";
		};
	}

	private void problem(int line, DomainColumn column, String key, Object... arguments) {
		problems.add(new CsvProblem(fileName, line, column == null ? "" : column.header(), key, arguments));
	}
}
