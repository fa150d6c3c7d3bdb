package cc.enet.mailbox.clientconfig.ui.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Shell;

import cc.enet.mailbox.clientconfig.ui.setup.FileChooser;

/** Stands in for the native save dialogs and the PDF viewer, which no test can drive: answers what the test set. */
final class RecordingChooser implements FileChooser {

	volatile Path file;
	volatile Path folder;
	final List<Path> opened = new CopyOnWriteArrayList<>();

	@Override
	public Path saveFile(Shell shell, String suggestedName, String extension) {
		return file;
	}

	@Override
	public Path folder(Shell shell) {
		return folder;
	}

	@Override
	public boolean open(Path path) {
		opened.add(path);
		return true;
	}
}
