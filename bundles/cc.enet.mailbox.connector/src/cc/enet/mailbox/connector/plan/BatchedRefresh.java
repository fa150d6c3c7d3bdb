package cc.enet.mailbox.connector.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.WorkspaceWalk;

/**
 * A full refresh read in batches of domains, so that what it finds can be shown while the rest is still being read:
 * after each batch the findings of that batch's mailboxes go to a listener. When every batch is read, the plan is
 * the same as one read of everything (same snapshot, same fingerprints). Cancelled half-way, the findings already
 * delivered stay what they were, but no plan comes back: a part of a full refresh is not something to apply.
 */
public final class BatchedRefresh {

	/** About this many mailboxes per read: large enough to keep the server busy, small enough to show progress. */
	public static final int MAILBOXES_PER_BATCH = 1000;

	/** What one batch found, with how far the refresh has come. */
	public record Batch(List<PlanEntry> entries, int mailboxesRead, int mailboxesTotal) {
	}

	/** Told after each batch, on the reading thread. */
	@FunctionalInterface
	public interface Listener {
		void read(Batch batch);
	}

	private final Workspace workspace;
	private final Connector connector;
	private final Planner planner;
	private final int mailboxesPerBatch;

	public BatchedRefresh(Workspace workspace, String server, Connector connector, int mailboxesPerBatch) {
		this.workspace = workspace;
		this.connector = connector;
		this.planner = new Planner(server, connector.capabilities());
		this.mailboxesPerBatch = Math.max(1, mailboxesPerBatch);
	}

	/** The full plan, or null when {@code monitor} was cancelled before the last batch was read. */
	public Plan run(Listener listener, IProgressMonitor monitor) throws ConnectorException {
		List<List<Domain>> batches = batches();
		if (batches.isEmpty()) { // no domain in the model: one read of the whole server, all of it unmanaged
			Plan plan = planner.plan(workspace, connector.read(Set.of(), monitor));
			listener.read(new Batch(plan.entries(), 0, 0));
			return plan;
		}
		int total = WorkspaceWalk.mailboxCount(workspace);
		SubMonitor progress = SubMonitor.convert(monitor, Math.max(1, total));
		try {
			ServerSnapshot all = connector.readsEveryDomainAtOnce() ? readOnce(batches, listener, progress, total)
					: readBatches(batches, listener, progress, total);
			return all == null || progress.isCanceled() ? null : planner.plan(workspace, all);
		} catch (OperationCanceledException e) {
			return null; // a split of the monitor noticed the cancel
		}
	}

	/** A read per batch; null when cancelled. */
	private ServerSnapshot readBatches(List<List<Domain>> batches, Listener listener, SubMonitor progress, int total)
			throws ConnectorException {
		Set<String> domains = new HashSet<>();
		Map<String, MailboxState> mailboxes = new HashMap<>();
		Map<String, Long> used = new HashMap<>();
		int read = 0;
		for (List<Domain> batch : batches) {
			if (progress.isCanceled()) {
				return null;
			}
			int size = countOf(batch);
			ServerSnapshot part = connector.read(namesOf(batch), progress.split(size));
			if (progress.isCanceled()) {
				return null; // a batch that ends after Cancel is not shown: the user stopped at what was on screen
			}
			domains.addAll(part.domains());
			mailboxes.putAll(part.mailboxes());
			used.putAll(part.usedBytes());
			read += size;
			listener.read(new Batch(planner.entriesOf(workspace, batch, part), read, total));
		}
		return new ServerSnapshot(domains, mailboxes, used);
	}

	/**
	 * One read of every batch's domains, for a server that lists everything at once anyway (reading it per batch
	 * would read the whole server once per batch); its findings are then told batch by batch. Null when cancelled.
	 */
	private ServerSnapshot readOnce(List<List<Domain>> batches, Listener listener, SubMonitor progress, int total)
			throws ConnectorException {
		Set<String> names = new HashSet<>();
		batches.forEach(batch -> names.addAll(namesOf(batch)));
		ServerSnapshot all = connector.read(names, progress.split(total));
		if (progress.isCanceled()) {
			return null;
		}
		Map<String, Map<String, MailboxState>> byDomain = new HashMap<>();
		all.mailboxes().forEach((address, state) -> byDomain
				.computeIfAbsent(Addresses.domainOf(address), k -> new HashMap<>()).put(address, state));
		int read = 0;
		for (List<Domain> batch : batches) {
			if (progress.isCanceled()) {
				return null;
			}
			Map<String, MailboxState> ofBatch = new HashMap<>();
			namesOf(batch).forEach(name -> ofBatch.putAll(byDomain.getOrDefault(name, Map.of())));
			read += countOf(batch);
			listener.read(new Batch(planner.entriesOf(workspace, batch, new ServerSnapshot(all.domains(), ofBatch,
					all.usedBytes())), read, total));
		}
		return all;
	}

	private static Set<String> namesOf(List<Domain> batch) {
		Set<String> names = new HashSet<>();
		batch.forEach(domain -> names.add(Addresses.key(domain.getName())));
		return names;
	}

	/** The model's domains in address order, grouped into batches of about {@link #mailboxesPerBatch} mailboxes. */
	private List<List<Domain>> batches() {
		Map<String, List<Domain>> byName = new TreeMap<>(); // a domain two customers share stays in one batch
		for (Domain domain : WorkspaceWalk.domains(workspace)) {
			byName.computeIfAbsent(Addresses.key(domain.getName()), k -> new ArrayList<>()).add(domain);
		}
		List<List<Domain>> batches = new ArrayList<>();
		List<Domain> current = new ArrayList<>();
		int size = 0;
		for (List<Domain> sameName : byName.values()) {
			current.addAll(sameName);
			size += countOf(sameName);
			if (size >= mailboxesPerBatch) {
				batches.add(current);
				current = new ArrayList<>();
				size = 0;
			}
		}
		if (!current.isEmpty()) {
			batches.add(current);
		}
		return batches;
	}

	private static int countOf(List<Domain> batch) {
		int count = 0;
		for (Domain domain : batch) {
			count += domain.getMailboxes().size();
		}
		return count;
	}
}
