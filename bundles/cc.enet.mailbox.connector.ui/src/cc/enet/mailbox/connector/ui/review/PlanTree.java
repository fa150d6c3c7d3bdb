package cc.enet.mailbox.connector.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;

/** A plan grouped for the tree: domain, then mailbox, then the entries (a domain's own entries sit under it). UI-free. */
public final class PlanTree {

	public record DomainNode(String name, List<PlanEntry> entries, List<MailboxNode> mailboxes) {
		public List<Object> children() {
			List<Object> children = new ArrayList<>(entries);
			children.addAll(mailboxes);
			return children;
		}
	}

	public record MailboxNode(String domain, String address, List<PlanEntry> entries) {
		public boolean hasConflict() {
			return entries.stream().anyMatch(e -> e.kind() == PlanEntry.Kind.CONFLICT);
		}
	}

	private PlanTree() {
	}

	public static List<DomainNode> group(Plan plan) {
		return group(plan.entries());
	}

	/** Entries that are not (yet) a plan: what the batches of a Refresh All found so far. */
	public static List<DomainNode> group(List<PlanEntry> entries) {
		Map<String, DomainNode> domains = new TreeMap<>();
		Map<String, MailboxNode> mailboxes = new TreeMap<>();
		for (PlanEntry entry : entries) {
			String domainName = entry.domain() == null ? "" : entry.domain();
			DomainNode domain = domains.computeIfAbsent(domainName, d -> new DomainNode(d, new ArrayList<>(), new ArrayList<>()));
			if (entry.mailbox() == null) {
				domain.entries().add(entry);
			} else {
				MailboxNode mailbox = mailboxes.computeIfAbsent(entry.mailbox(), m -> {
					MailboxNode node = new MailboxNode(domainName, m, new ArrayList<>());
					domain.mailboxes().add(node);
					return node;
				});
				mailbox.entries().add(entry);
			}
		}
		domains.values().forEach(d -> d.mailboxes().sort((a, b) -> a.address().compareTo(b.address())));
		return List.copyOf(domains.values());
	}
}
