package cc.enet.mailbox.ui.session;

/** The session the window shows: one at a time; the one it replaces gives up its lock and stops validating. */
final class CurrentSession {

	private static volatile ConsoleSession current;

	private CurrentSession() {
	}

	static ConsoleSession get() {
		return current;
	}

	static boolean is(ConsoleSession session) {
		return current == session;
	}

	static void set(ConsoleSession session) {
		ConsoleSession old = current;
		current = session;
		if (old != null) {
			old.dispose();
		}
		if (session != null) {
			session.opened();
			SessionListeners.fire(l -> l.sessionOpened(session));
		}
	}
}
