package cc.enet.mailbox.connector.apply;

import java.util.Collection;

import cc.enet.mailbox.Mailbox;

/**
 * Where an apply or a pull makes its changes to the model (values taken from the server, new base states): at once
 * for the command line, which saves next; as one command on the console's UI thread, so that Undo and Redo see the
 * whole apply or pull as one step and no edit meets a model changing under it.
 */
@FunctionalInterface
public interface ModelChanges {

	/** Makes the changes at once, on the calling thread. */
	ModelChanges DIRECT = (label, mailboxes, change) -> change.run();

	/**
	 * Runs {@code change} and returns when it is done.
	 *
	 * @param label what Undo calls it, in the user's language
	 * @param mailboxes every mailbox {@code change} touches (nothing outside them changes)
	 */
	void make(String label, Collection<Mailbox> mailboxes, Runnable change);
}
