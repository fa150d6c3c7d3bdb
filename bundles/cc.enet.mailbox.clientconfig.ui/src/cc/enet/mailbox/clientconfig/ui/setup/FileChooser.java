package cc.enet.mailbox.clientconfig.ui.setup;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Where setup files go and how a sheet is shown: the system's file dialogs and PDF viewer. A seam, because native
 * dialogs cannot be driven by the UI tests; they put a chooser of their own here.
 */
public interface FileChooser {

	/** @return null when the user cancelled */
	Path saveFile(Shell shell, String suggestedName, String extension);

	/** @return null when the user cancelled */
	Path folder(Shell shell);

	/** @return false when the system has no program for the file */
	boolean open(Path file);

	FileChooser SYSTEM = new FileChooser() {
		@Override
		public Path saveFile(Shell shell, String suggestedName, String extension) {
			FileDialog dialog = new FileDialog(shell, SWT.SAVE);
			dialog.setFileName(suggestedName);
			dialog.setFilterExtensions(new String[] { "*." + extension, "*" });
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			return chosen == null ? null : Path.of(chosen);
		}

		@Override
		public Path folder(Shell shell) {
			String chosen = new DirectoryDialog(shell, SWT.SAVE).open();
			return chosen == null ? null : Path.of(chosen);
		}

		@Override
		public boolean open(Path file) {
			return Program.launch(file.toString());
		}
	};
}
