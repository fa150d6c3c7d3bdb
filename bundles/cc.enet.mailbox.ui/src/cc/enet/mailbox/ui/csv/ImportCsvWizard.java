package cc.enet.mailbox.ui.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.core.csv.CharsetDetector;
import cc.enet.mailbox.core.csv.CsvImportPreview;
import cc.enet.mailbox.core.csv.CsvKind;
import cc.enet.mailbox.core.csv.CsvProblem;
import cc.enet.mailbox.core.csv.ImportReport;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.text.Counted;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * File > Import Mailboxes (CSV): page 1 picks the file and charset, page 2 reads and checks every row in a job and
 * tries the merge on a copy of the model. Finish (only without problems) applies it as one command: one Undo reverts
 * the whole import. Passwords go to secure storage; saving is the user's.
 */
public final class ImportCsvWizard extends Wizard implements IImportWizard {

	private ConsoleSession session;
	private final CsvFilePage filePage;
	private final PreviewPage previewPage = new PreviewPage();

	/** As File > Import / Export... registers it (org.eclipse.ui.importWizards): on the open workspace. */
	public ImportCsvWizard() {
		this(ConsoleSession.current());
	}

	public ImportCsvWizard(ConsoleSession session) {
		this.session = session;
		setWindowTitle(UiMessages.Import_title);
		setNeedsProgressMonitor(false);
		filePage = new CsvFilePage(true,
				new String[] { UiMessages.Import_charsetAuto, UiMessages.Import_charsetUtf8, UiMessages.Import_charsetSjis },
				new Charset[] { null, StandardCharsets.UTF_8, CharsetDetector.CP932 });
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (session == null) {
			session = ConsoleSession.current();
		}
	}

	@Override
	public void addPages() {
		addPage(filePage);
		addPage(previewPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage && previewPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		CsvImportPreview preview = previewPage.preview;
		if (preview == null || !preview.isValid()) {
			return false;
		}
		try {
			CredentialStore credentials = preview.report().passwordsStored() > 0
					? SecureStorageCredentialStore.openDefault()
					: null;
			session.commandStack().execute(preview.command(session.workspace().root(), credentials,
					NLS.bind(UiMessages.Import_command, previewPage.file.getFileName())));
			return true;
		} catch (CredentialException e) {
			MessageDialog.openError(getShell(), UiMessages.Import_title, e.getMessage()); // the model is untouched
			return false;
		}
	}

	/** Reads and checks the file whenever it is shown; Finish only when every row is good. */
	private final class PreviewPage extends WizardPage {
		private final AtomicInteger generation = new AtomicInteger();
		private Label summary;
		private List problems;
		private volatile CsvImportPreview preview;
		private Path file;

		PreviewPage() {
			super("preview");
			setTitle(UiMessages.Import_previewPage);
			setDescription(UiMessages.Import_previewDescription);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().applyTo(body);
			summary = new Label(body, SWT.WRAP);
			summary.setData(CsvFilePage.KEY, "preview.summary");
			GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(summary);
			problems = new List(body, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
			problems.setData(CsvFilePage.KEY, "preview.problems");
			GridDataFactory.fillDefaults().grab(true, true).hint(480, 200).applyTo(problems);
			setControl(body);
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible) {
				check(filePage.file(), filePage.charset());
			}
		}

		private void check(Path path, Charset charset) {
			int run = generation.incrementAndGet();
			file = path;
			preview = null;
			setPageComplete(false);
			setErrorMessage(null);
			problems.removeAll();
			summary.setData(CsvFilePage.KEY + ".done", Boolean.FALSE);
			summary.setText(NLS.bind(UiMessages.Import_reading, path.getFileName()));
			Locale locale = session.locale();
			Job job = new Job(NLS.bind(UiMessages.Import_reading, path.getFileName())) {
				@Override
				protected IStatus run(IProgressMonitor monitor) {
					CsvImportPreview result = null;
					String failure = null;
					try {
						result = CsvImportPreview.check(session.workspace().root(), path, charset);
					} catch (IOException | RuntimeException e) {
						failure = NLS.bind(UiMessages.Import_readFailed, path, e.getMessage());
					}
					CsvImportPreview done = result;
					String error = failure;
					if (!summary.isDisposed()) {
						summary.getDisplay().asyncExec(() -> show(run, done, error, locale));
					}
					return Status.OK_STATUS;
				}
			};
			job.setUser(false);
			job.schedule();
		}

		private void show(int run, CsvImportPreview result, String error, Locale locale) {
			if (summary.isDisposed() || run != generation.get()) {
				return;
			}
			if (error != null) {
				summary.setText(error);
				setErrorMessage(error);
			} else if (!result.isValid()) {
				summary.setText(Counted.bind(UiMessages.Import_rejected, result.problems().size()));
				for (CsvProblem problem : result.problems()) {
					problems.add(problem.toString(locale));
				}
				setErrorMessage(summary.getText());
			} else {
				ImportReport report = result.report();
				String text = report.kind() == CsvKind.DOMAINS
						? Counted.bind(UiMessages.Import_domainSummary, new Object[] { report.created(), report.updated(),
								report.unchanged() })
						: Counted.bind(UiMessages.Import_summary, new Object[] { report.created(), report.updated(),
								report.unchanged(), report.domainsCreated() });
				if (report.passwordsStored() > 0) {
					text += "\n" + Counted.bind(UiMessages.Import_passwords, report.passwordsStored());
				}
				summary.setText(text);
				preview = result;
				setPageComplete(true);
			}
			summary.setData(CsvFilePage.KEY + ".done", Boolean.TRUE);
			((Composite) getControl()).layout(true, true);
			getContainer().updateButtons();
		}
	}
}
