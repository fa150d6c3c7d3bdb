package cc.enet.mailbox.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import cc.enet.mailbox.core.edit.EditingDomains;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Validation;

/** The workspace the window shows, its editing domain (one undo stack), and its latest findings. */
public final class ConsoleSession {

	private static ConsoleSession current;

	private final MailboxWorkspace workspace;
	private final AdapterFactoryEditingDomain editingDomain;
	private List<Finding> findings;

	public ConsoleSession(MailboxWorkspace workspace) {
		this.workspace = workspace;
		this.editingDomain = EditingDomains.create(workspace.resourceSet());
	}

	public static ConsoleSession current() {
		return current;
	}

	public static void setCurrent(ConsoleSession session) {
		current = session;
	}

	public MailboxWorkspace workspace() {
		return workspace;
	}

	public AdapterFactoryEditingDomain editingDomain() {
		return editingDomain;
	}

	public synchronized List<Finding> findings() {
		if (findings == null) {
			findings = new Validation().findings(workspace.root());
		}
		return findings;
	}

	public Locale locale() {
		return Locale.getDefault().getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
	}
}
