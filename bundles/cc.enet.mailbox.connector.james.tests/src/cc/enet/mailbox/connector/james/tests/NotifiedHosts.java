package cc.enet.mailbox.connector.james.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports a domain CSV with the POP3 and SMTP hosts Enet would have notified: a domain made from a mailbox CSV has
 * none (rule endpoint.host), and apply refuses a workspace with rule errors.
 */
final class NotifiedHosts {

	private NotifiedHosts() {
	}

	static void importFor(Console mailbox, Path workspace, String... domains) throws Exception {
		StringBuilder rows = new StringBuilder("domain,pop3_host,smtp_host\n");
		for (String domain : domains) {
			rows.append(domain).append(",pop3.hetemail.jp,smtp.hetemail.jp\n");
		}
		Path csv = Files.createTempFile("domains", ".csv");
		Files.writeString(csv, rows);
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", workspace.toString()), mailbox.both());
		Files.delete(csv);
	}
}
