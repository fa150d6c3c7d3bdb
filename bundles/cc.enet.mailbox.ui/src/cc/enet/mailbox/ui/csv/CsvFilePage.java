package cc.enet.mailbox.ui.csv;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.ui.internal.UiMessages;

/** A CSV file and its character set; for import the file must exist, for export it is written. */
final class CsvFilePage extends WizardPage {

	/** Widget keys the UI tests find controls by (setData). */
	static final String KEY = "cc.enet.mailbox.ui.id";

	private final boolean forImport;
	private final String[] charsetLabels;
	private final Charset[] charsets;
	private Text file;
	private Combo charset;

	CsvFilePage(boolean forImport, String[] charsetLabels, Charset[] charsets) {
		super(forImport ? "importFile" : "exportFile");
		this.forImport = forImport;
		this.charsetLabels = charsetLabels;
		this.charsets = charsets;
		setTitle(forImport ? UiMessages.Import_filePage : UiMessages.Export_page);
		setDescription(forImport ? UiMessages.Import_fileDescription : UiMessages.Export_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText(UiMessages.Import_file);
		file = new Text(body, SWT.BORDER | SWT.SINGLE);
		file.setData(KEY, "csv.file");
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(UiMessages.Import_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), forImport ? SWT.OPEN : SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*.csv", "*.*" });
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		new Label(body, SWT.NONE).setText(UiMessages.Import_charset);
		charset = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		charset.setData(KEY, "csv.charset");
		charset.setItems(charsetLabels);
		charset.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(charset);
		file.addListener(SWT.Modify, e -> update());
		setControl(body);
		update();
	}

	private void update() {
		String text = file.getText().trim();
		String error = null;
		if (forImport && !text.isEmpty() && !Files.isRegularFile(Path.of(text))) {
			error = NLS.bind(UiMessages.Import_noFile, text);
		}
		setErrorMessage(error);
		setPageComplete(!text.isEmpty() && error == null);
	}

	Path file() {
		return Path.of(file.getText().trim()).toAbsolutePath();
	}

	/** The chosen charset; null means detect. */
	Charset charset() {
		return charsets[Math.max(0, charset.getSelectionIndex())];
	}
}
