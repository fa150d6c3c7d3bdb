package cc.enet.mailbox.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.ui.csv.ExportCsvWizard;
import cc.enet.mailbox.ui.csv.ImportCsvWizard;
import cc.enet.mailbox.ui.session.ConsoleSession;

/** File > Import / Export Mailboxes (CSV): the wizard on the open workspace. */
public final class CsvWizardHandler extends AbstractHandler {

	static final String IMPORT = "cc.enet.mailbox.ui.commands.importCsv";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		ConsoleSession session = OpenWorkspaceRequired.session(window, event);
		if (session != null) {
			new WizardDialog(window.getShell(), IMPORT.equals(event.getCommand().getId()) ? new ImportCsvWizard(session)
					: new ExportCsvWizard(session)).open();
		}
		return null;
	}
}
