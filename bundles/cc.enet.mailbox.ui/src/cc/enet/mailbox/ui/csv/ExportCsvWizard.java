package cc.enet.mailbox.ui.csv;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import cc.enet.mailbox.core.csv.CharsetDetector;
import cc.enet.mailbox.core.csv.MailboxCsvExporter;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.internal.UiMessages;

/** File > Export Mailboxes (CSV): every mailbox, written atomically off the UI thread, never a password. */
public final class ExportCsvWizard extends Wizard implements IExportWizard {

	private ConsoleSession session;
	private final CsvFilePage filePage;

	/** As File > Import / Export... registers it (org.eclipse.ui.importWizards): on the open workspace. */
	public ExportCsvWizard() {
		this(ConsoleSession.current());
	}

	public ExportCsvWizard(ConsoleSession session) {
		this.session = session;
		setWindowTitle(UiMessages.Export_title);
		setNeedsProgressMonitor(true);
		filePage = new CsvFilePage(false, new String[] { UiMessages.Export_charsetUtf8Bom, UiMessages.Import_charsetSjis },
				new Charset[] { StandardCharsets.UTF_8, CharsetDetector.CP932 });
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
	}

	@Override
	public boolean performFinish() {
		Path file = filePage.file();
		Charset charset = filePage.charset();
		try {
			getContainer().run(true, false, (IProgressMonitor monitor) -> {
				monitor.beginTask(NLS.bind(UiMessages.Export_task, file.getFileName()), IProgressMonitor.UNKNOWN);
				try {
					MailboxCsvExporter.writeFile(session.workspace().root(), file, charset);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			MessageDialog.openError(getShell(), UiMessages.Export_title,
					NLS.bind(UiMessages.Export_failed, file, cause == null ? e.getMessage() : cause.getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
