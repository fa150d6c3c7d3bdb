package cc.enet.mailbox.ui.session;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;

/** Who hears of every session of the window (views, editors, markers): one list, kept across sessions. */
final class SessionListeners {

	private static final ListenerList<ConsoleSession.Listener> LISTENERS = new ListenerList<>();

	private SessionListeners() {
	}

	static void add(ConsoleSession.Listener listener) {
		LISTENERS.add(listener);
	}

	static void remove(ConsoleSession.Listener listener) {
		LISTENERS.remove(listener);
	}

	static void fire(Consumer<ConsoleSession.Listener> event) {
		for (ConsoleSession.Listener listener : LISTENERS) {
			event.accept(listener);
		}
	}
}
