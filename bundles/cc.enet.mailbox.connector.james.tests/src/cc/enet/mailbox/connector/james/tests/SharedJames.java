package cc.enet.mailbox.connector.james.tests;

import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.SharedServer;

/**
 * The one James (ports 35000+) of this module's classes that neither kill nor reconfigure it, emptied before each of
 * them; the fleet test runs two of its own, the fault and scale tests are in connector.james.scale.tests.
 */
final class SharedJames {

	static final SharedServer<JamesServer> JAMES = SharedServer.of("james 35000", () -> new JamesServer("shared", 35000).start(),
			JamesServer::stop, JamesServer::reset);

	private SharedJames() {
	}
}
