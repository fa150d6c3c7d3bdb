package cc.enet.mailbox.connector;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A session with one live server. Implementations are thread-safe: apply runs up to
 * {@link Capabilities#maxParallelRequests()} changes at once.
 */
public interface Connector extends AutoCloseable {

	Capabilities capabilities();

	/** Everything the server holds for the given domains (all domains when empty). */
	ServerSnapshot read(java.util.Set<String> domains, IProgressMonitor monitor) throws ConnectorException;

	/** Applies one change; {@code password} is given for {@link Change.CreateMailbox} only. */
	void apply(Change change, char[] password) throws ConnectorException;

	@Override
	void close();
}
