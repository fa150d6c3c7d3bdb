package cc.enet.mailbox.core.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/** Import as one all-or-nothing step: read and check every row, merge, then save the workspace atomically. */
public final class CsvImportOperation {

	private CsvImportOperation() {
	}

	public static ImportReport run(MailboxWorkspace workspace, Path csv, Charset charset, CredentialStore credentials)
			throws CsvImportException, CredentialException, IOException {
		List<MailboxRow> rows = MailboxCsvReader.read(csv, charset);
		ImportReport report = new MailboxCsvImporter(workspace.root()).apply(rows, credentials);
		WorkspaceStore.save(workspace);
		return report;
	}
}
