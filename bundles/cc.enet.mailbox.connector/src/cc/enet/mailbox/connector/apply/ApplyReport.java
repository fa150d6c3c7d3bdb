package cc.enet.mailbox.connector.apply;

import java.util.List;

import cc.enet.mailbox.connector.ConnectorException;

/**
 * The outcome of an apply: a result per change, conflicts left alone, and the server-wide failure that stopped it,
 * if any (then the exit code is 3).
 */
public record ApplyReport(List<ChangeResult> results, int conflictsLeft, int conflictsTakenFromServer,
		ConnectorException serverFailure, boolean cancelled, int removalsLeft) {

	/**
	 * @param removalsLeft mailboxes of domains moved to another server that stay on this one: not confirmed, or not
	 *            yet on their new server
	 */
	public ApplyReport(List<ChangeResult> results, int conflictsLeft, int conflictsTakenFromServer,
			ConnectorException serverFailure, boolean cancelled) {
		this(results, conflictsLeft, conflictsTakenFromServer, serverFailure, cancelled, 0);
	}

	public long count(ChangeResult.Status status) {
		return results.stream().filter(r -> r.status() == status).count();
	}

	public boolean succeeded() {
		return serverFailure == null && !cancelled && count(ChangeResult.Status.DONE) == results.size();
	}
}
