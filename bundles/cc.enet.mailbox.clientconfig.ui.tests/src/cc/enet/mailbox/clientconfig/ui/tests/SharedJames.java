package cc.enet.mailbox.clientconfig.ui.tests;

import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.SharedServer;

/** The one James (ports 42000+) of this module's classes, emptied before each of them. */
final class SharedJames {

	static final SharedServer<JamesServer> JAMES = SharedServer.of("james 42000", () -> new JamesServer("shared", 42000).start(),
			JamesServer::stop, JamesServer::reset);

	private SharedJames() {
	}
}
