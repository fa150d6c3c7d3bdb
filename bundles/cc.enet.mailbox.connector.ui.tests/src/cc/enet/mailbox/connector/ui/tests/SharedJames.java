package cc.enet.mailbox.connector.ui.tests;

import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.SharedServer;

/** The one James (ports 48000+) of this module's classes, emptied before each of them. */
final class SharedJames {

	static final SharedServer<JamesServer> JAMES = SharedServer.of("james 48000", () -> new JamesServer("shared", 48000).start(),
			JamesServer::stop, JamesServer::reset);

	private SharedJames() {
	}
}
