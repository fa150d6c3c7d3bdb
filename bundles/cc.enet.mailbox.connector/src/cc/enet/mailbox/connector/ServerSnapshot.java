package cc.enet.mailbox.connector;

import java.util.HashMap;
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

	/** This snapshot with only the given mailboxes (lower-cased addresses); the domains stay whole. */
	public ServerSnapshot only(Set<String> addresses) {
		Map<String, MailboxState> kept = new HashMap<>(mailboxes);
		kept.keySet().retainAll(addresses);
		Map<String, Long> used = new HashMap<>(usedBytes);
		used.keySet().retainAll(addresses);
		return new ServerSnapshot(domains, kept, used);
	}

	/** This snapshot with what a later read of other mailboxes found added (its domains are the newer list). */
	public ServerSnapshot with(ServerSnapshot more) {
		Map<String, MailboxState> all = new HashMap<>(mailboxes);
		all.putAll(more.mailboxes);
		Map<String, Long> used = new HashMap<>(usedBytes);
		used.putAll(more.usedBytes);
		return new ServerSnapshot(more.domains, all, used);
	}
}
