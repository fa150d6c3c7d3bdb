package cc.enet.mailbox.ui.tests.bots;

import java.util.List;

import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.ui.forms.MailboxFormEditor;
import cc.enet.mailbox.ui.forms.ModelFormEditor;

/** A mailbox's form: its display name, forwarding targets and keep-a-copy, and the decorations on those fields. */
public final class MailboxFormBot extends FormBot {

	private final MailboxFormEditor editor;

	MailboxFormBot(MailboxFormEditor editor) {
		this.editor = editor;
	}

	@Override
	protected ModelFormEditor form() {
		return editor;
	}

	public Mailbox mailbox() {
		return editor.mailbox();
	}

	public MailboxFormBot typeDisplayName(String name) {
		type(editor.displayName(), name);
		return this;
	}

	public MailboxFormBot enterDisplayName(String name) {
		enter(editor.displayName(), name);
		return this;
	}

	public String displayName() {
		return Ui.sync(() -> editor.displayName().getText());
	}

	public Decoration displayNameDecoration() {
		return decorationOf(editor.displayName());
	}

	/** Types a target into the entry field without adding it. */
	public MailboxFormBot typeTarget(String target) {
		type(editor.targets().entry(), target);
		return this;
	}

	public Decoration targetEntryDecoration() {
		return decorationOf(editor.targets().entry());
	}

	public Decoration targetsDecoration() {
		return decorationOf(editor.targets().list());
	}

	public Decoration waitForTargetsDecoration(String ruleId, boolean shown) {
		return waitForDecoration(editor.targets().list(), ruleId, shown);
	}

	/** Types the target and presses Add. */
	public MailboxFormBot addTarget(String target) {
		typeTarget(target);
		Ui.run(() -> Ui.click(editor.targets().add()));
		return this;
	}

	public MailboxFormBot removeTarget(String target) {
		Ui.run(() -> {
			org.eclipse.swt.widgets.List list = editor.targets().list();
			int index = list.indexOf(target);
			if (index < 0) {
				throw new AssertionError("no target " + target + " in " + List.of(list.getItems()));
			}
			list.setSelection(index);
			Ui.click(editor.targets().remove());
		});
		return this;
	}

	/** The targets the form shows, once it has caught up with the model. */
	public List<String> targets() {
		Ui.sync(() -> null); // lets a queued refresh run
		return Ui.sync(() -> List.of(editor.targets().list().getItems()));
	}

	public boolean canAddTarget() {
		return Ui.sync(() -> Boolean.valueOf(editor.targets().add().isEnabled()));
	}

	/** Adds an entry to the deny-addresses list through its field and Add button. */
	public MailboxFormBot addDenyAddress(String address) {
		type(editor.settings().denyAddresses.entry(), address);
		Ui.run(() -> Ui.click(editor.settings().denyAddresses.add()));
		return this;
	}

	public List<String> denyAddresses() {
		Ui.sync(() -> null);
		return Ui.sync(() -> List.of(editor.settings().denyAddresses.list().getItems()));
	}

	/** Types an entry into the allow-addresses field without adding it. */
	public MailboxFormBot typeAllowAddress(String address) {
		type(editor.settings().allowAddresses.entry(), address);
		return this;
	}

	public Decoration allowAddressEntryDecoration() {
		return decorationOf(editor.settings().allowAddresses.entry());
	}

	public MailboxFormBot clickKeepCopy(boolean selected) {
		click(editor.keepCopy(), selected);
		return this;
	}

	public boolean keepCopy() {
		return Ui.sync(() -> Boolean.valueOf(editor.keepCopy().getSelection())).booleanValue();
	}

	/** Types a quota and presses Enter. */
	public MailboxFormBot enterQuota(String quota) {
		enter(editor.settings().quota, quota);
		return this;
	}

	public String quota() {
		return Ui.sync(() -> editor.settings().quota.getText());
	}

	public Text displayNameField() {
		return editor.displayName();
	}
}
