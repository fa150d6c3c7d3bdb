package cc.enet.mailbox.connector;

import java.util.Map;
import java.util.Set;

/**
 * What one server holds now: its domains, per address the mailbox's settings, and per address the bytes in use
 * where the server reports them (information only: it is no setting, and a new mail must not make a saved plan stale).
 */
public record ServerSnapshot(Set<String> domains, Map<String, MailboxState> mailboxes, Map<String, Long> usedBytes) {

	public ServerSnapshot {
		domains = Set.copyOf(domains);
		mailboxes = Map.copyOf(mailboxes);
		usedBytes = Map.copyOf(usedBytes);
	}

	public ServerSnapshot(Set<String> domains, Map<String, MailboxState> mailboxes) {
		this(domains, mailboxes, Map.of());
	}
}
