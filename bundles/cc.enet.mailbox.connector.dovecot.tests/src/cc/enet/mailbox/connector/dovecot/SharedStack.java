package cc.enet.mailbox.connector.dovecot;

import cc.enet.mailbox.test.support.MailStack;
import cc.enet.mailbox.test.support.SharedServer;

/**
 * The one mail stack (ports 38000+) of this module's classes that neither kill nor reconfigure it, emptied before
 * each of them (the fault and scale tests have their own, in connector.dovecot.scale.tests).
 */
final class SharedStack {

	static final SharedServer<MailStack> STACK = SharedServer.of("mail stack 38000", () -> new MailStack(38000).start(), MailStack::stop,
			MailStack::reset);

	private SharedStack() {
	}
}
