package cc.enet.mailbox.connector.ui.review;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * The drop-down of the workspace's servers: filled when a workspace opens, and again at once when Mail Servers adds,
 * renames or removes one; the choice is kept while its server stays.
 */
final class ServerChoice {

	private final Combo combo;
	private final Runnable changed;
	private final ConsoleSession.Listener sessionListener = new ConsoleSession.Listener() {
		@Override
		public void modelChanged(ConsoleSession session) {
			if (combo.isDisposed()) {
				return;
			}
			Runnable refill = () -> {
				if (!combo.isDisposed() && !items(session).equals(List.of(combo.getItems()))) {
					fill();
				}
			};
			if (Display.getCurrent() != null) {
				refill.run();
			} else {
				combo.getDisplay().asyncExec(refill);
			}
		}
	};

	/** @param changed told after the list was filled again */
	ServerChoice(Composite parent, Runnable changed) {
		this.changed = changed;
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new RowData(200, SWT.DEFAULT)); // in the view's wrapping row of buttons
		ConsoleSession.addListener(sessionListener);
		combo.addListener(SWT.Dispose, e -> ConsoleSession.removeListener(sessionListener));
	}

	/** The servers of the current workspace; the chosen one stays chosen while it is there. */
	void fill() {
		ConsoleSession session = ConsoleSession.current();
		String selected = combo.getText();
		combo.removeAll();
		if (session != null) {
			names(session).forEach(combo::add);
			if (combo.getItemCount() > 1) {
				combo.add(ReviewMessages.Review_allServers); // the fleet, planned side by side
			}
		}
		int index = combo.indexOf(selected);
		combo.select(index >= 0 ? index : 0);
		changed.run();
	}

	boolean isEmpty() {
		return combo.getItemCount() == 0;
	}

	boolean hasChoice() {
		return combo.getSelectionIndex() >= 0;
	}

	String name() {
		return combo.getText();
	}

	/** Whether "All servers" is chosen: every server of the workspace at once. */
	boolean isAll() {
		return combo.getItemCount() > 1 && combo.getSelectionIndex() == combo.getItemCount() - 1;
	}

	/** The one server chosen; empty for "All servers". */
	Optional<MailServer> chosen() {
		ConsoleSession session = ConsoleSession.current();
		return session == null || isAll() ? Optional.empty() : session.workspace().findServer(combo.getText());
	}

	/** What the drop-down holds for the session: its servers, and "All servers" when there are several. */
	private static List<String> items(ConsoleSession session) {
		List<String> items = new java.util.ArrayList<>(names(session));
		if (items.size() > 1) {
			items.add(ReviewMessages.Review_allServers);
		}
		return items;
	}

	private static List<String> names(ConsoleSession session) {
		return session.workspace().root().getServers().stream().map(MailServer::getName).toList();
	}
}
