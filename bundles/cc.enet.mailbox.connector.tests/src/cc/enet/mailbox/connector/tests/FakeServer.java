package cc.enet.mailbox.connector.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;

import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.ServerSnapshot;

/** An in-memory server for the planner and apply unit tests; the integration tests use a real James. */
final class FakeServer implements Connector {

	final Set<String> domains = Collections.synchronizedSet(new HashSet<>());
	final Map<String, MailboxState> mailboxes = Collections.synchronizedMap(new HashMap<>());
	final Map<String, String> passwords = Collections.synchronizedMap(new HashMap<>());
	final List<String> applied = Collections.synchronizedList(new ArrayList<>());
	final Set<String> refuse = Collections.synchronizedSet(new HashSet<>());
	/** Changes on which this connector has a defect: it throws what no connector should. */
	final Set<String> explode = Collections.synchronizedSet(new HashSet<>());
	final AtomicInteger goneAfter = new AtomicInteger(-1);
	/** Reads asked of this server. */
	final AtomicInteger reads = new AtomicInteger();
	/** How many of a mailbox's changes it takes as one request (1: each alone, the default of every connector). */
	int together = 1;
	/** The requests that carried several changes, each as its changes' descriptions. */
	final List<List<String>> requestsTogether = Collections.synchronizedList(new ArrayList<>());
	/** Whether it says, as James does, that a read of some domains costs a read of all. */
	boolean everyDomainAtOnce;
	Capabilities capabilities = new Capabilities(EnumSet.of(Field.ACCOUNT, Field.QUOTA, Field.FORWARDING, Field.ALLOW_DENY),
			EnumSet.of(Field.ACCOUNT, Field.QUOTA, Field.FORWARDING), 4);

	@Override
	public Capabilities capabilities() {
		return capabilities;
	}

	@Override
	public ServerSnapshot read(Set<String> wanted, IProgressMonitor monitor) {
		reads.incrementAndGet();
		Map<String, MailboxState> copy = new HashMap<>();
		synchronized (mailboxes) {
			mailboxes.forEach((address, state) -> {
				Map<Field, Object> readable = new EnumMap<>(Field.class);
				state.values().forEach((field, value) -> {
					if (capabilities.canRead(field)) {
						readable.put(field, value);
					}
				});
				copy.put(address, new MailboxState(address, readable));
			});
		}
		return new ServerSnapshot(new HashSet<>(domains), copy);
	}

	@Override
	public boolean readsEveryDomainAtOnce() {
		return everyDomainAtOnce;
	}

	@Override
	public void apply(Change change, char[] password) throws ConnectorException {
		if (goneAfter.get() == 0) {
			throw new ConnectorException(ConnectorException.Kind.UNREACHABLE, "fake server is down");
		}
		goneAfter.decrementAndGet();
		if (explode.contains(change.describe())) {
			throw new IllegalStateException("defect on purpose");
		}
		if (refuse.contains(change.describe())) {
			throw new ConnectorException(ConnectorException.Kind.REFUSED, "refused: " + change.describe());
		}
		applied.add(change.describe());
		switch (change) {
		case Change.CreateDomain d -> domains.add(d.domain());
		case Change.CreateMailbox m -> {
			passwords.put(m.mailbox(), new String(password));
			mailboxes.put(m.mailbox(), MailboxState.fresh(m.mailbox()).withQuota(null));
		}
		case Change.DeleteMailbox m -> mailboxes.remove(m.mailbox());
		case Change.SetInitialPassword p -> {
			passwords.put(p.mailbox(), new String(password));
			mailboxes.compute(p.mailbox(), (k, s) -> s.with(Field.INITIAL_PASSWORD, true));
		}
		default -> mailboxes.compute(change.mailbox(), (k, s) -> s.with(change.field(), change.value()));
		}
	}

	@Override
	public int together(List<Change> mailboxChanges) {
		return Math.min(together, mailboxChanges.size());
	}

	/** One change after the other, as the request of a server would be done in parts: a refusal leaves those before done. */
	@Override
	public void applyTogether(List<Change> changes, char[] password) throws ConnectorException {
		requestsTogether.add(changes.stream().map(Change::describe).toList());
		for (Change change : changes) {
			apply(change, change.needsPassword() ? password : null);
		}
	}

	@Override
	public void close() {
		// nothing to release
	}
}
