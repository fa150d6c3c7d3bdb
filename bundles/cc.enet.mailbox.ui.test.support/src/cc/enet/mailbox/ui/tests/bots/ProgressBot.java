package cc.enet.mailbox.ui.tests.bots;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.ProgressIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** The workbench's progress dialog of a running user job: its Cancel, pressed as a person presses it. */
public final class ProgressBot {

	private ProgressBot() {
	}

	/** Waits for the progress dialog to open, presses its Cancel and waits until the dialog is gone. */
	public static void cancel() {
		Ui.waitUntil("a progress dialog with Cancel is open", () -> dialog() != null);
		Shell shell = Ui.sync(ProgressBot::dialog);
		Ui.run(() -> Ui.click(DialogBot.button(shell, DialogBot.withoutMnemonic(IDialogConstants.CANCEL_LABEL))));
		Ui.waitUntil("the progress dialog closed", () -> shell.isDisposed() || !shell.isVisible());
	}

	private static Shell dialog() {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		for (Shell shell : Ui.display().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell != window
					&& !DialogBot.all(shell, ProgressIndicator.class).isEmpty()) {
				return shell;
			}
		}
		return null;
	}
}
