package cc.enet.mailbox.connector;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

import cc.enet.mailbox.connector.internal.ConnectorMessages;
import cc.enet.mailbox.model.Addresses;

/**
 * A session with one live server. Implementations are thread-safe: apply runs up to
 * {@link Capabilities#maxParallelRequests()} changes at once.
 */
public interface Connector extends AutoCloseable {

	Capabilities capabilities();

	/** Everything the server holds for the given domains (all domains when empty). */
	ServerSnapshot read(Set<String> domains, IProgressMonitor monitor) throws ConnectorException;

	/**
	 * Whether a read of some domains costs what a read of all of them costs (the server lists every user at once): a
	 * refresh read in batches then reads the server once and tells its findings batch by batch.
	 */
	default boolean readsEveryDomainAtOnce() {
		return false;
	}

	/**
	 * What the server holds for exactly these mailboxes (lower-cased addresses; those it does not have are simply
	 * absent) and its domains: a plan of what staff changed reads only those. This default reads their whole domains;
	 * a connector that can ask for single mailboxes overrides it, so the cost follows the mailboxes, not the server.
	 */
	default ServerSnapshot readMailboxes(Set<String> mailboxes, IProgressMonitor monitor) throws ConnectorException {
		Set<String> domains = new HashSet<>();
		for (String address : mailboxes) {
			String domain = Addresses.domainOf(address);
			if (domain != null) {
				domains.add(domain);
			}
		}
		// nothing asked, nothing read: not even the server's domain list is needed then
		return domains.isEmpty() ? new ServerSnapshot(Set.of(), Map.of()) : read(domains, monitor).only(mailboxes);
	}

	/**
	 * Applies one change; {@code password} is given for {@link Change.CreateMailbox} only. Returns normally only
	 * once the server shows the change, where {@link #verifies} says it can be read back.
	 */
	void apply(Change change, char[] password) throws ConnectorException;

	/**
	 * How many of one mailbox's changes (in order, from the first) this connector sends as one request through
	 * {@link #applyTogether}; 1 (the default): each goes alone through {@link #apply}.
	 */
	default int together(List<Change> mailboxChanges) {
		return 1;
	}

	/**
	 * Applies changes of one mailbox that {@link #together} accepted as one request; {@code password} as for
	 * {@link #apply}, when one of them needs it. Returns normally only once every one of them is done. After a
	 * failure none, some or all may be done: the caller then applies each again on its own (a change applied twice
	 * leaves what it left once), so each gets its own result.
	 */
	default void applyTogether(List<Change> changes, char[] password) throws ConnectorException {
		for (Change change : changes) {
			apply(change, change.needsPassword() ? password : null);
		}
	}

	/**
	 * Whether {@link #apply} reads this change back before it returns. A change the server cannot show is
	 * reported as applied but unverified, never as simply done.
	 */
	default boolean verifies(Change change) {
		return false;
	}

	/** Whether this server can remove a mailbox's retrieved mail when told ({@link #expunge}): retention it enforces. */
	default boolean canExpunge() {
		return false;
	}

	/**
	 * The INBOX messages of {@code mailbox} that {@link #expunge} would remove, by UID: those a mail client has
	 * retrieved (downloaded over POP3 or read over IMAP, so marked seen) before {@code retrievedBefore}. Mail no client
	 * has retrieved is never among them, however old.
	 */
	default List<Long> retrievedMail(String mailbox, Instant retrievedBefore) throws ConnectorException {
		throw new ConnectorException(ConnectorException.Kind.REFUSED,
				ConnectorMessages.text("expunge.unsupported", mailbox));
	}

	/**
	 * Removes those of {@code uids} (from {@link #retrievedMail}) that are still retrieved before
	 * {@code retrievedBefore}; returns how many are gone.
	 */
	default int expunge(String mailbox, Instant retrievedBefore, List<Long> uids) throws ConnectorException {
		throw new ConnectorException(ConnectorException.Kind.REFUSED,
				ConnectorMessages.text("expunge.unsupported", mailbox));
	}

	@Override
	void close();
}
