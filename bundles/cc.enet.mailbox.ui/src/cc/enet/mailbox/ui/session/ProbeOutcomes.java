package cc.enet.mailbox.ui.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.clientconfig.probe.MailboxProbe;
import cc.enet.mailbox.clientconfig.probe.QuotaUsage;

/**
 * The last probe of each mailbox of the open workspace: what the quota column shows and what the probe's markers
 * say, until the next probe of that mailbox (or another workspace). Kept for the session only: a probe is a snapshot
 * of a live server, not part of the model.
 */
public final class ProbeOutcomes {

	/** Told (on any thread) after a mailbox's probe was recorded. */
	public interface Listener {
		void probed(Mailbox mailbox, MailboxProbe probe);
	}

	private static final Map<Mailbox, MailboxProbe> LATEST = new ConcurrentHashMap<>();
	private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();
	private static volatile ConsoleSession owner;

	private ProbeOutcomes() {
	}

	public static void record(ConsoleSession session, Mailbox mailbox, MailboxProbe probe) {
		synchronized (LATEST) {
			if (owner != session) {
				LATEST.clear();
				owner = session;
			}
			LATEST.put(mailbox, probe);
		}
		LISTENERS.forEach(l -> l.probed(mailbox, probe));
	}

	public static MailboxProbe latest(Mailbox mailbox) {
		return owner == ConsoleSession.current() ? LATEST.get(mailbox) : null;
	}

	public static QuotaUsage quota(Mailbox mailbox) {
		MailboxProbe probe = latest(mailbox);
		return probe == null ? null : probe.quota();
	}

	public static void addListener(Listener listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Listener listener) {
		LISTENERS.remove(listener);
	}
}
