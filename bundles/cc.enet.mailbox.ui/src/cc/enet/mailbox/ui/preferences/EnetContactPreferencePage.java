package cc.enet.mailbox.ui.preferences;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.ui.forms.ContactValues;
import cc.enet.mailbox.ui.parts.PageCommands;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * Window > Enet Contact: Enet's support contact and the channel for the POP3 option's change requests (内容変更申請),
 * once per workspace, as {@code ./mailbox enet-contact} sets them (stripped; empty removes one). Every setup sheet and
 * setup mail names them. OK makes each changed value one command on the workspace's stack (Save, Undo).
 */
public final class EnetContactPreferencePage extends WorkspaceSettingsPage {

	public static final String ID = "cc.enet.mailbox.ui.preferences.enetContact";

	private Text support;
	private Text changeRequest;

	public EnetContactPreferencePage() {
		super(UiMessages.Contact_description);
	}

	@Override
	protected Control createSettings(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		support = field(area, UiMessages.Contact_support, "contact.support", root().getSupportContact());
		changeRequest = field(area, UiMessages.Contact_changeRequest, "contact.changeRequest", root().getChangeRequest());
		return area;
	}

	private static Text field(Composite area, String label, String key, String value) {
		new Label(area, SWT.NONE).setText(label);
		Text text = new Text(area, SWT.BORDER | SWT.SINGLE);
		text.setData(EnetHostsPreferencePage.KEY, key);
		text.setText(value == null ? "" : value);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private Workspace root() {
		return session.workspace().root();
	}

	@Override
	public boolean performOk() {
		if (session != null) {
			PageCommands commands = new PageCommands(session);
			set(commands, Literals.WORKSPACE__SUPPORT_CONTACT, support.getText());
			set(commands, Literals.WORKSPACE__CHANGE_REQUEST, changeRequest.getText());
		}
		return true;
	}

	/** One command for a value that changed; nothing for one that did not. */
	private void set(PageCommands commands, EAttribute feature, String typed) {
		Object value = ContactValues.name(typed);
		if (!Objects.equals(value, root().eGet(feature))) {
			commands.execute(SetCommand.create(session.editingDomain(), root(), feature, value == null ? SetCommand.UNSET_VALUE : value));
		}
	}
}
