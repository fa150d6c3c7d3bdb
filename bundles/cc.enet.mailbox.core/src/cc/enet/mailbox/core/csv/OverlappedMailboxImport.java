package cc.enet.mailbox.core.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;

import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;

/**
 * A mailbox CSV import whose reading and merging overlap: the calling thread reads and checks the file while a
 * second thread stages each row it hands over ({@link MailboxCsvImporter#stage}: new mailboxes built apart,
 * changes noted). The workspace changes only in the commit, once the whole file read without a problem; a file
 * found wrong throws every problem with its file and line and leaves the workspace as it was.
 */
public final class OverlappedMailboxImport {

	/** Rows go over in groups: one hand-over per row would cost more than staging it. */
	private static final int GROUP = 1024;
	private static final List<MailboxRow> END = new ArrayList<>();

	private OverlappedMailboxImport() {
	}

	public static ImportReport run(Workspace workspace, String fileName, String text, CredentialStore credentials)
			throws CsvImportException, CredentialException {
		MailboxCsvImporter importer = new MailboxCsvImporter(workspace);
		BlockingQueue<List<MailboxRow>> queue = new LinkedBlockingQueue<>(); // unbounded: the reader never waits
		FutureTask<Void> staging = new FutureTask<>(() -> {
			for (List<MailboxRow> group = queue.take(); group != END; group = queue.take()) {
				group.forEach(importer::stage);
			}
			return null;
		});
		Thread stager = new Thread(staging, "mailbox CSV import: merging");
		stager.setDaemon(true);
		stager.start();
		List<MailboxRow> rows = new ArrayList<>();
		List<MailboxRow> group = new ArrayList<>(GROUP);
		try {
			MailboxCsvReader.read(fileName, text, row -> {
				rows.add(row);
				group.add(row);
				if (group.size() == GROUP) {
					queue.add(new ArrayList<>(group));
					group.clear();
				}
			});
			queue.add(group);
		} catch (CsvImportException e) {
			wipePasswords(rows);
			throw e;
		} finally {
			queue.add(END);
		}
		awaitStaging(staging, rows);
		return importer.commit(rows, credentials);
	}

	private static void awaitStaging(FutureTask<Void> staging, List<MailboxRow> rows) {
		try {
			staging.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			wipePasswords(rows);
			throw new IllegalStateException("the import was interrupted; the workspace is unchanged", e);
		} catch (ExecutionException e) {
			wipePasswords(rows);
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		}
	}

	/** Rows never merged keep no password in memory. */
	private static void wipePasswords(List<MailboxRow> rows) {
		for (MailboxRow row : rows) {
			if (row.password != null) {
				Arrays.fill(row.password, '\0');
				row.password = null;
			}
		}
	}
}
