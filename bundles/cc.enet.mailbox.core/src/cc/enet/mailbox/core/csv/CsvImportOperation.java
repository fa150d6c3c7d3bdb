package cc.enet.mailbox.core.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/**
 * Import of a mailbox or domain CSV (told by its header) as one all-or-nothing step: read and check every row, merge,
 * then save the workspace atomically.
 */
public final class CsvImportOperation {

	private CsvImportOperation() {
	}

	public static ImportReport run(MailboxWorkspace workspace, Path csv, Charset charset, CredentialStore credentials)
			throws CsvImportException, CredentialException, IOException {
		String name = csv.toString();
		String text = CsvFiles.text(csv, charset);
		ImportReport report = CsvKind.of(text) == CsvKind.DOMAINS
				? new DomainCsvImporter(workspace.root(), name).apply(DomainCsvReader.read(name, text))
				: OverlappedMailboxImport.run(workspace.root(), name, text, credentials);
		WorkspaceStore.save(workspace);
		return report;
	}
}
