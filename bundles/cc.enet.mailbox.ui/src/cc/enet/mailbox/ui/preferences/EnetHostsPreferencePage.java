package cc.enet.mailbox.ui.preferences;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.ui.parts.PageCommands;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * Window > Enet Server Host Names: the POP3, IMAP and SMTP host names Enet notified. Once the list has names, a
 * domain's host outside it is questioned by rule endpoint.host. The list belongs to the workspace, so each change is a
 * command on its stack (Save, Undo); Cancel undoes what the page did.
 */
public final class EnetHostsPreferencePage extends WorkspaceSettingsPage {

	public static final String ID = "cc.enet.mailbox.ui.preferences.hosts";
	/** Widget keys the UI tests find controls by (setData). */
	public static final String KEY = "cc.enet.mailbox.ui.id";

	private PageCommands commands;
	private org.eclipse.swt.widgets.List list;
	private Text entry;
	private Label status;

	public EnetHostsPreferencePage() {
		super(UiMessages.Hosts_description);
	}

	@Override
	protected Control createSettings(Composite parent) {
		commands = new PageCommands(session);
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		entry = new Text(area, SWT.BORDER | SWT.SINGLE);
		entry.setData(KEY, "hosts.entry");
		entry.setMessage(UiMessages.Hosts_hint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(entry);
		Button add = button(area, UiMessages.Hosts_add, this::add);
		entry.addListener(SWT.DefaultSelection, e -> add());
		list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		list.setData(KEY, "hosts.list");
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 200).applyTo(list);
		Button remove = button(area, UiMessages.Hosts_remove, this::remove);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(remove);
		GridDataFactory.fillDefaults().applyTo(add);
		status = new Label(area, SWT.WRAP);
		status.setData(KEY, "hosts.status");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(status);
		refresh();
		return area;
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private Workspace root() {
		return session.workspace().root();
	}

	private void add() {
		String host = entry.getText().strip().toLowerCase(Locale.ROOT);
		if (!Addresses.isValidDomain(host)) {
			status.setText(NLS.bind(UiMessages.Hosts_invalid, entry.getText().strip()));
			return;
		}
		if (root().getEnetHosts().stream().noneMatch(host::equalsIgnoreCase)) {
			commands.execute(AddCommand.create(session.editingDomain(), root(), Literals.WORKSPACE__ENET_HOSTS, host));
		}
		entry.setText("");
		status.setText("");
		refresh();
	}

	private void remove() {
		List<String> selected = List.of(list.getSelection());
		if (!selected.isEmpty()) {
			commands.execute(RemoveCommand.create(session.editingDomain(), root(), Literals.WORKSPACE__ENET_HOSTS, selected));
			refresh();
		}
	}

	private void refresh() {
		list.setItems(root().getEnetHosts().toArray(String[]::new));
		status.getParent().layout();
	}

	@Override
	public boolean performCancel() {
		if (commands != null) {
			commands.undoAll();
		}
		return true;
	}
}
