package cc.enet.mailbox.connector.apply;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.internal.ConnectorMessages;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.InitialPasswords;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * What apply will refuse, known when the plan is made: mailboxes to create whose initial password is missing or was
 * given to another server, and the creates and updates of a domain whose mail is off. The plan shows them (the CLI's
 * plan, Review Changes), so staff see them before applying, and apply refuses the same changes up front with the same
 * words while it applies the rest. Reads secure storage and the model, writes nothing.
 */
public final class PlanRefusals {

	private PlanRefusals() {
	}

	/**
	 * Domain name to why its creates and updates will be refused (its mail is off), in the plan's order; see
	 * {@link MailOffRefusal}.
	 */
	public static Map<String, ConnectorText> mailOff(MailboxWorkspace workspace, Plan plan) {
		Map<String, ConnectorText> refusals = new LinkedHashMap<>();
		MailOffRefusal.byDomain(workspace.root(), plan).forEach((domain, off) -> refusals.put(domain, MailOffRefusal.reason(off)));
		return refusals;
	}

	/**
	 * Why apply will refuse the change of {@code entry}, or null: its domain's mail is off (said first, as apply
	 * checks it first), or its mailbox's initial password cannot go to this server.
	 *
	 * @param passwords from {@link #of}
	 * @param mailOff from {@link #mailOff}
	 */
	public static ConnectorText reason(PlanEntry entry, Map<String, ConnectorText> passwords, Map<String, ConnectorText> mailOff) {
		Change change = entry.change();
		if (change == null) {
			return null;
		}
		ConnectorText off = MailOffRefusal.refuses(change) ? mailOff.get(change.domain()) : null;
		if (off != null) {
			return off;
		}
		return change.needsPassword() ? passwords.get(change.mailbox()) : null;
	}

	/** Mailbox address to the reason, in the plan's order. */
	public static Map<String, ConnectorText> of(MailboxWorkspace workspace, Plan plan, CredentialStore credentials) {
		Set<String> addresses = new LinkedHashSet<>();
		for (PlanEntry entry : plan.entries()) {
			Change change = entry.change();
			if (entry.isChange() && change != null && change.needsPassword()) {
				addresses.add(change.mailbox());
			}
		}
		Map<String, ConnectorText> refusals = new LinkedHashMap<>();
		if (addresses.isEmpty()) {
			return refusals;
		}
		InitialPasswords passwords = InitialPasswords.of(credentials, workspace, plan.server());
		if (passwords != null && plan.capabilities() != null) {
			passwords.takingHashes(plan.capabilities().passwordSchemes());
		}
		if (passwords == null) {
			addresses.forEach(a -> refusals.put(a, ConnectorMessages.text("result.noPassword", a)));
			return refusals;
		}
		try {
			passwords.check(addresses).forEach((address, refusal) -> refusals.put(address, PasswordsToSend.reason(refusal)));
		} catch (CredentialException e) {
			addresses.forEach(a -> refusals.put(a, ConnectorText.verbatim(e.getMessage())));
		}
		return refusals;
	}
}
