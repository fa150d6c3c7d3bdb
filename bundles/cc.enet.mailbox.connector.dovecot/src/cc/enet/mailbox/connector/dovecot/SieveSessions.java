package cc.enet.mailbox.connector.dovecot;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorException.Kind;
import cc.enet.mailbox.connector.tls.TlsTrust;

/**
 * The connector's ManageSieve sessions. Dovecot logs a session in as one mailbox and cannot switch it, so a session
 * is kept for a few seconds after a change and handed to the same mailbox's next change (an apply runs a mailbox's
 * changes one after the other): its lists and both reject switches then cost one login instead of up to three.
 * All sessions share one TLS context, so a server that issues session tickets lets the next session resume TLS
 * instead of a full handshake. At most {@code keep} idle sessions stay open: as many as changes run at once.
 */
final class SieveSessions implements AutoCloseable {

	/** Work on one logged-in session. */
	interface Work<T> {
		T run(ManageSieve session) throws ConnectorException;
	}

	/** Well below any server's idle timeout, so a kept session is never found closed by the server. */
	private static final long KEEP_NANOS = 5_000_000_000L;

	private record Idle(ManageSieve session, long since) {
	}

	private final DovecotSettings settings;
	private final int keep;
	private final Map<String, Idle> idle = new LinkedHashMap<>();
	private SSLContext tls;

	SieveSessions(DovecotSettings settings, int keep) {
		this.settings = settings;
		this.keep = keep;
	}

	/** Runs the work on a session of the mailbox; a session that failed is closed, never handed out again. */
	<T> T with(String mailbox, Work<T> work) throws ConnectorException {
		ManageSieve session = take(mailbox);
		boolean healthy = false;
		try {
			T result = work.run(session);
			healthy = true;
			return result;
		} finally {
			if (healthy) {
				release(mailbox, session);
			} else {
				session.close();
			}
		}
	}

	private ManageSieve take(String mailbox) throws ConnectorException {
		Idle kept;
		synchronized (idle) {
			kept = idle.remove(mailbox);
		}
		if (kept != null && System.nanoTime() - kept.since() < KEEP_NANOS) {
			return kept.session();
		}
		if (kept != null) {
			kept.session().close();
		}
		return ManageSieve.open(settings, tls(), mailbox);
	}

	private void release(String mailbox, ManageSieve session) {
		List<ManageSieve> closing = new ArrayList<>();
		synchronized (idle) {
			Idle before = idle.put(mailbox, new Idle(session, System.nanoTime()));
			if (before != null) {
				closing.add(before.session());
			}
			Iterator<Idle> oldest = idle.values().iterator();
			while (idle.size() > keep) {
				closing.add(oldest.next().session());
				oldest.remove();
			}
		}
		closing.forEach(ManageSieve::close);
	}

	private synchronized SSLContext tls() throws ConnectorException {
		if (tls == null) {
			try {
				tls = TlsTrust.context(settings.pinSha256());
			} catch (GeneralSecurityException e) {
				throw new ConnectorException(Kind.UNTRUSTED_CERTIFICATE, DovecotMessages.text("sieve.untrusted",
						"ManageSieve " + settings.manageSieveHost() + ":" + settings.manageSievePort(), String.valueOf(e.getMessage())), e);
			}
		}
		return tls;
	}

	@Override
	public void close() {
		List<Idle> closing;
		synchronized (idle) {
			closing = new ArrayList<>(idle.values());
			idle.clear();
		}
		closing.forEach(i -> i.session().close());
	}
}
