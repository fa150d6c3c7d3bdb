package cc.enet.mailbox.test.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.csv.CsvImportOperation;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/**
 * A fresh workspace for every test, made the way staff make one: a mailbox CSV imported through the product's own
 * import (passwords into the given credential store), then, if given, a domain CSV (the hosts Enet notified).
 *
 * <pre>
 * SessionCredentialStore credentials = new SessionCredentialStore();
 * &#64;RegisterExtension
 * final CsvWorkspace ws = CsvWorkspace.of(credentials, """
 *         address,password,quota_mb
 *         a@abc.jp,pw-a,1024
 *         """).withDomains("""
 *         domain,pop3_host,smtp_host
 *         abc.jp,pop3.hetemail.jp,smtp.hetemail.jp
 *         """);
 * </pre>
 */
public final class CsvWorkspace implements BeforeEachCallback, AfterEachCallback {

	private final CredentialStore credentials;
	private final String mailboxCsv;
	private String domainCsv;
	private Path folder;
	private MailboxWorkspace workspace;

	private CsvWorkspace(CredentialStore credentials, String mailboxCsv) {
		this.credentials = credentials;
		this.mailboxCsv = mailboxCsv;
	}

	/** @param mailboxCsv a mailbox CSV, header first */
	public static CsvWorkspace of(CredentialStore credentials, String mailboxCsv) {
		return new CsvWorkspace(credentials, mailboxCsv);
	}

	/** @param csv a domain CSV imported after the mailboxes, e.g. the POP3 and SMTP hosts Enet notified */
	public CsvWorkspace withDomains(String csv) {
		this.domainCsv = csv;
		return this;
	}

	/** The workspace as imported (and saved) before the test. */
	public MailboxWorkspace workspace() {
		return workspace;
	}

	/** A folder of the test's own beside the workspace, removed after it. */
	public Path folder() {
		return folder;
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		folder = Files.createTempDirectory("mailbox-csv-workspace");
		workspace = WorkspaceStore.create(folder.resolve("ws"), "test");
		importCsv("mailboxes.csv", mailboxCsv);
		if (domainCsv != null) {
			importCsv("domains.csv", domainCsv);
		}
	}

	private void importCsv(String name, String csv) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		try {
			CsvImportOperation.run(workspace, file, StandardCharsets.UTF_8, credentials);
		} finally {
			Files.delete(file); // it may hold passwords
		}
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		folder = null;
		workspace = null;
	}
}
