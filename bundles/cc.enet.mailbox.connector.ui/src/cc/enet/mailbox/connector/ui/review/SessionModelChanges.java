package cc.enet.mailbox.connector.ui.review;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.swt.widgets.Display;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.apply.ModelChanges;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * The console's way for an apply or a pull to change the model: from its job, one command on the UI thread that
 * records only the mailboxes it touches, so Undo takes the whole step back and every view and the validation hear
 * of it as of any edit.
 */
final class SessionModelChanges implements ModelChanges {

	private final ConsoleSession session;
	private final Display display;

	SessionModelChanges(ConsoleSession session, Display display) {
		this.session = session;
		this.display = display;
	}

	@Override
	public void make(String label, Collection<Mailbox> mailboxes, Runnable change) {
		ChangeCommand command = new ChangeCommand(List.copyOf(mailboxes)) {
			@Override
			protected void doExecute() {
				change.run();
			}
		};
		command.setLabel(label);
		RuntimeException[] failure = new RuntimeException[1];
		display.syncExec(() -> {
			try {
				session.executeBusyWork(command);
			} catch (RuntimeException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
	}
}
