package cc.enet.mailbox.core.csv;

/** What an import did, as the CLI and the wizard report it. */
public record ImportReport(int created, int updated, int unchanged, int domainsCreated, int passwordsStored) {
}
