package cc.enet.mailbox.ui.editors;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.core.edit.MailboxBulkEdit.FilterList;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.ui.text.Counted;
import cc.enet.mailbox.ui.internal.UiMessages;

/** Asks which allow/deny list and which address or domain, checking the entry's syntax as it is typed. */
final class FilterEntryDialog extends Dialog {

	private final boolean add;
	private final int rows;
	private Combo listCombo;
	private Text valueText;
	private Label error;
	private FilterList list = FilterList.ALLOW_DOMAINS;
	private String value = "";

	FilterEntryDialog(Shell parent, boolean add, int rows) {
		super(parent);
		this.add = add;
		this.rows = rows;
	}

	static String listLabel(FilterList list) {
		return switch (list) {
		case ALLOW_ADDRESSES -> UiMessages.FilterList_allowAddresses;
		case ALLOW_DOMAINS -> UiMessages.FilterList_allowDomains;
		case DENY_ADDRESSES -> UiMessages.FilterList_denyAddresses;
		case DENY_DOMAINS -> UiMessages.FilterList_denyDomains;
		};
	}

	/** The list as the form's group names it (a choice of its own, capitalised). */
	static String choiceLabel(FilterList list) {
		return switch (list) {
		case ALLOW_ADDRESSES -> UiMessages.Form_allowAddresses;
		case ALLOW_DOMAINS -> UiMessages.Form_allowDomains;
		case DENY_ADDRESSES -> UiMessages.Form_denyAddresses;
		case DENY_DOMAINS -> UiMessages.Form_denyDomains;
		};
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(add ? UiMessages.Bulk_addEntryTitle : UiMessages.Bulk_removeEntryTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Counted.bind(add ? UiMessages.Bulk_addEntryMessage : UiMessages.Bulk_removeEntryMessage, Integer.valueOf(rows)));
		intro.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(area, SWT.NONE).setText(UiMessages.FilterEntry_list);
		listCombo = new Combo(area, SWT.READ_ONLY);
		for (FilterList each : FilterList.values()) {
			listCombo.add(choiceLabel(each));
		}
		listCombo.select(list.ordinal());
		listCombo.addListener(SWT.Selection, e -> validate());
		new Label(area, SWT.NONE).setText(UiMessages.FilterEntry_value);
		valueText = new Text(area, SWT.BORDER);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = convertWidthInCharsToPixels(40);
		valueText.setLayoutData(wide);
		valueText.addModifyListener(e -> validate());
		error = new Label(area, SWT.WRAP);
		error.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		list = FilterList.values()[Math.max(0, listCombo.getSelectionIndex())];
		value = valueText.getText().strip();
		String message = null;
		if (value.isEmpty()) {
			message = "";
		} else if (list == FilterList.ALLOW_ADDRESSES || list == FilterList.DENY_ADDRESSES) {
			message = Addresses.isValidAddress(value) ? null : UiMessages.FilterEntry_badAddress;
		} else {
			message = Addresses.isValidDomain(value) ? null : UiMessages.FilterEntry_badDomain;
		}
		error.setText(message == null ? "" : message);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(message == null);
		}
	}

	FilterList list() {
		return list;
	}

	String value() {
		return value;
	}
}
