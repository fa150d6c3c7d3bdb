package cc.enet.mailbox.connector.james.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.james.JamesConnectorFactory;
import cc.enet.mailbox.test.support.ConnectorContract;
import cc.enet.mailbox.test.support.JamesServer;

/** The connector contract against a real Apache James (ports 35000+); a webmail change is made through WebAdmin. */
class JamesContractTest extends ConnectorContract {

	private JamesServer james;

	@Override
	protected void startServer() throws Exception {
		james = new JamesServer("contract", 35000).start();
	}

	@Override
	protected void stopServer() throws Exception {
		if (james != null) {
			james.stop();
		}
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
