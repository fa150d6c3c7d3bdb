package cc.enet.mailbox.core.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;

import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.model.Addresses;

/**
 * An import checked before anything changes: every row is read and checked, and the merge is tried on a copy of the
 * workspace root, so the caller can show the problems (nothing may change) or the counts, then apply the very same
 * rows as one undoable command.
 */
public final class CsvImportPreview {

	private final List<CsvProblem> problems;
	private final ImportReport report;
	private final List<MailboxRow> rows;
	private final List<DomainRow> domainRows;
	private final String fileName;

	private CsvImportPreview(List<CsvProblem> problems, ImportReport report, List<MailboxRow> rows,
			List<DomainRow> domainRows, String fileName) {
		this.problems = problems;
		this.report = report;
		this.rows = rows;
		this.domainRows = domainRows;
		this.fileName = fileName;
	}

	/**
	 * Reads {@code file} ({@code charset} null: detect), a mailbox or a domain CSV as its header says, and merges it
	 * into a copy of {@code workspace}.
	 */
	public static CsvImportPreview check(Workspace workspace, Path file, Charset charset) throws IOException {
		String name = file.toString();
		Workspace copy = EcoreUtil.copy(workspace);
		try {
			String text = CsvFiles.text(file, charset);
			if (CsvKind.of(text) == CsvKind.DOMAINS) {
				List<DomainRow> rows = DomainCsvReader.read(name, text);
				ImportReport report = new DomainCsvImporter(copy, name).apply(rows);
				return new CsvImportPreview(List.of(), report, List.of(), rows, name);
			}
			List<MailboxRow> rows = MailboxCsvReader.read(name, text);
			List<MailboxRow> trial = MailboxCsvReader.read(name, text); // the importer wipes stored passwords
			ImportReport report = new MailboxCsvImporter(copy).apply(trial, DISCARD);
			return new CsvImportPreview(List.of(), report, rows, List.of(), name);
		} catch (CsvImportException e) {
			return new CsvImportPreview(List.copyOf(e.problems()), null, List.of(), List.of(), name);
		} catch (CredentialException e) {
			throw new IllegalStateException(e); // DISCARD never fails
		}
	}

	public boolean isValid() {
		return problems.isEmpty();
	}

	/** Every rejected row, in file order. */
	public List<CsvProblem> problems() {
		return problems;
	}

	/** What applying will do; null when {@link #isValid()} is false. */
	public ImportReport report() {
		return report;
	}

	/**
	 * The import as one command on {@code workspace}: undo reverts every created or changed mailbox and domain.
	 * Passwords go to {@code credentials} now, before the command exists (they stay there on undo); a failing store
	 * throws and leaves the model untouched.
	 */
	public Command command(Workspace workspace, CredentialStore credentials, String label) throws CredentialException {
		if (!isValid()) {
			throw new IllegalStateException("the file has problems");
		}
		MailboxCsvImporter.storePasswords(rows, credentials, workspace);
		ChangeCommand command = new ChangeCommand(workspace) {
			private boolean done;

			@Override
			protected void doExecute() {
				if (done) {
					return;
				}
				done = true;
				try {
					if (report.kind() == CsvKind.DOMAINS) {
						new DomainCsvImporter(workspace, fileName).apply(domainRows);
					} else {
						new MailboxCsvImporter(workspace).apply(rows, null); // passwords are stored already
					}
				} catch (CredentialException | CsvImportException e) {
					throw new IllegalStateException(e.getMessage(), e);
				}
			}
		};
		command.setLabel(label);
		return command;
	}

	private static final CredentialStore DISCARD = new CredentialStore() {
		@Override
		public void store(String account, char[] password) {
			// a trial: nothing is kept
		}

		@Override
		public Optional<char[]> load(String account) {
			return Optional.empty();
		}

		@Override
		public void remove(String account) {
			// nothing kept
		}
	};
}
