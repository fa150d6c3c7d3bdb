package cc.enet.mailbox.connector;

import java.util.Map;
import java.util.Set;

/** What one server holds now: its domains and, per address, the mailbox's settings. */
public record ServerSnapshot(Set<String> domains, Map<String, MailboxState> mailboxes) {

	public ServerSnapshot {
		domains = Set.copyOf(domains);
		mailboxes = Map.copyOf(mailboxes);
	}
}
