package cc.enet.mailbox.connector.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import cc.enet.mailbox.connector.apply.FleetSync;
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

	/**
	 * One server of a fleet plan: its plan grouped as {@link #group}, or why it has none ({@code failure}, in the user's
	 * words); the domains that live on no server are named under each.
	 */
	public record ServerNode(String server, Plan plan, List<DomainNode> domains, String failure) {
		public List<Object> children() {
			return new ArrayList<>(domains);
		}
	}

	private PlanTree() {
	}

	/** A fleet plan: a node per server, in the workspace's order. */
	public static List<ServerNode> fleet(List<FleetSync.Section> sections, BiFunction<String, Exception, String> why) {
		List<ServerNode> nodes = new ArrayList<>();
		for (FleetSync.Section section : sections) {
			nodes.add(section.plan() == null ? new ServerNode(section.server(), null, List.of(), why.apply(section.server(), section.failure()))
					: new ServerNode(section.server(), section.plan(), group(section.plan()), null));
		}
		return nodes;
	}

	public static List<DomainNode> group(Plan plan) {
		Map<String, DomainNode> domains = new TreeMap<>();
		Map<String, MailboxNode> mailboxes = new TreeMap<>();
		for (PlanEntry entry : plan.entries()) {
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
