package cc.enet.mailbox.connector.james.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.james.JamesConnectorFactory;
import cc.enet.mailbox.test.support.ConnectorContract;
import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.SharedServer;

/**
 * The connector contract against a real Apache James (the module's shared one, emptied for this class); a webmail
 * change is made through WebAdmin.
 */
class JamesContractTest extends ConnectorContract {

	@RegisterExtension
	static final SharedServer<JamesServer> JAMES = SharedJames.JAMES;
	private JamesServer james;

	@Override
	protected void startServer() throws Exception {
		james = JAMES.get();
	}

	/** The shared James stays up for the next class, which finds it emptied. */
	@Override
	protected void stopServer() throws Exception {
	}

	@Override
	protected ConnectorFactory factory() {
		return new JamesConnectorFactory();
	}

	@Override
	protected List<String> serverAddArgs() {
		return List.of("--kind", "james", "--url", james.webAdminUrl());
	}

	@Override
	protected Connector connect(MailServer server) throws Exception {
		return factory().open(server, (char[]) null);
	}

	@Override
	protected void redirectOnTheServer(String address, String from, String to) throws Exception {
		assertEquals(204, james.put("/address/forwards/" + address + "/targets/" + to));
		assertEquals(204, james.delete("/address/forwards/" + address + "/targets/" + from));
	}
}
