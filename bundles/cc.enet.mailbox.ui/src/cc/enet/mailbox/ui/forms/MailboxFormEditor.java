package cc.enet.mailbox.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.ForwardingLoop;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.rules.WorkspaceIndex;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * One mailbox as a form: display name, the shared settings, forwarding. A display name or forwarding target is
 * checked against the rules as it is typed (on a detached copy of the mailbox); committed values show the session's
 * findings, forward.loop and mailbox.duplicate included.
 */
public final class MailboxFormEditor extends ModelFormEditor {

	public static final String ID = "cc.enet.mailbox.ui.forms.mailbox";
	/** At most this many forwarding targets (the guide's forward.limit). */
	public static final int MAX_TARGETS = 10;

	private Text displayName;
	private SettingsSection settings;
	private EntryList targets;
	/** The workspace's mailboxes by address for the typed loop check; built when needed, dropped after any command. */
	private WorkspaceIndex index;
	private Button keepCopy;

	public Mailbox mailbox() {
		return (Mailbox) object();
	}

	@Override
	protected void createForm(Composite parent) {
		Group identity = group(parent, UiMessages.Form_mailbox, 2);
		label(identity, UiMessages.Form_address);
		label(identity, String.valueOf(mailbox().getAddress()));
		label(identity, UiMessages.Form_senderName);
		displayName = text(identity, observe(mailbox(), Literals.MAILBOX__DISPLAY_NAME), this::typedName);
		decorations.bind(displayName, this::mailbox, Literals.MAILBOX__DISPLAY_NAME);

		settings = new SettingsSection(this, parent, mailbox(), null);

		targets = entryList(parent, UiMessages.Form_forwarding, mailbox(),
				List.of(Literals.MAILBOX__FORWARDING, Literals.FORWARDING__TARGETS), MAX_TARGETS, this::typedTarget);
		decorations.bind(targets.list(), () -> mailbox().getForwarding(), Literals.FORWARDING__TARGETS);
		decorations.bind(targets.entry(), () -> null);
		keepCopy = check(targets.list().getParent(), UiMessages.Form_keepCopy,
				observe(mailbox(), Literals.MAILBOX__FORWARDING, Literals.FORWARDING__KEEP_COPY));
		decorations.bind(keepCopy, () -> mailbox().getForwarding(), Literals.FORWARDING__KEEP_COPY);
	}

	@Override
	public void modelChanged(ConsoleSession changed) {
		index = null;
		super.modelChanged(changed);
	}

	/** The rule findings a display name would have, on a copy of the mailbox. */
	List<Finding> typedName(String name) {
		Mailbox copy = EcoreUtil.copy(mailbox());
		copy.setDisplayName(name);
		return typedFindings(copy, f -> f.target() == copy && f.feature() == Literals.MAILBOX__DISPLAY_NAME);
	}

	/** The findings forwarding to {@code target} as well would add (address, self, limit, loop). */
	List<Finding> typedTarget(String target) {
		Mailbox copy = EcoreUtil.copy(mailbox());
		if (copy.getForwarding() == null) {
			copy.setForwarding(MailboxFactory.eINSTANCE.createForwarding());
		}
		copy.getForwarding().getTargets().add(target);
		List<Finding> findings = new ArrayList<>(typedFindings(copy, f -> f.target() == copy.getForwarding()
				&& f.feature() == Literals.FORWARDING__TARGETS && (f.ruleId().equals("forward.limit") || names(f, target))));
		ForwardingLoop loop = loopThrough(target);
		if (!loop.isEmpty()) {
			Mailbox self = mailbox();
			findings.add(new Finding("forward.loop", Severity.ERROR, self.getForwarding(), Literals.FORWARDING__TARGETS,
					"forwarding.targets", self.getAddress(), self.getDomain() == null ? null : self.getDomain().getName(),
					"forward.loop", List.of(loop.display())));
		}
		return findings;
	}

	/**
	 * The loop that forwarding this mailbox to {@code target} as well would close (the mailboxes of the whole
	 * workspace, as forward.loop sees them), or empty.
	 */
	ForwardingLoop loopThrough(String target) {
		Mailbox self = mailbox();
		if (Addresses.key(target).equals(Addresses.key(self.getAddress()))) {
			return ForwardingLoop.NONE; // forward.self says it
		}
		if (index == null) {
			index = WorkspaceIndex.of(self);
		}
		return index.loopIfForwarded(self, target);
	}

	public Text displayName() {
		return displayName;
	}

	public SettingsSection settings() {
		return settings;
	}

	public EntryList targets() {
		return targets;
	}

	public Button keepCopy() {
		return keepCopy;
	}
}
