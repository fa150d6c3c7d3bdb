package cc.enet.mailbox.core.csv;

/**
 * What an import did, as the CLI and the wizard report it. For a domain CSV, {@code created}, {@code updated} and
 * {@code unchanged} count domains.
 */
public record ImportReport(int created, int updated, int unchanged, int domainsCreated, int passwordsStored,
		CsvKind kind) {

	public ImportReport(int created, int updated, int unchanged, int domainsCreated, int passwordsStored) {
		this(created, updated, unchanged, domainsCreated, passwordsStored, CsvKind.MAILBOXES);
	}
}
