package cc.enet.mailbox.connector.james.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.james.JamesConnectorFactory;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.MailboxCli;
import cc.enet.mailbox.test.support.ScaleSuite;

/** The scale suite against a real Apache James: see {@link ScaleSuite}. */
class JamesScaleTest extends ScaleSuite {

	private static JamesServer james;

	@BeforeAll
	static void startJames() throws Exception {
		james = new JamesServer("scale", 33000).start();
	}

	@AfterAll
	static void stopJames() throws Exception {
		james.stop();
	}

	@Override
	protected ConnectorFactory connector() {
		return new JamesConnectorFactory();
	}

	@Override
	protected void addServer(MailboxCli mailbox, Path workspace, CredentialStore store, String name) {
		assertEquals(0, mailbox.run("server", "add", workspace.toString(), name, "--kind", "james", "--url", james.webAdminUrl()),
				mailbox.both());
	}

	@Override
	protected List<String> probeRoutes() {
		return List.of("--cacert", james.certificate().toString(), "--connect-to",
				"localhost:995:127.0.0.1:" + james.port("POP3S_PORT"), "--connect-to",
				"localhost:993:127.0.0.1:" + james.port("IMAPS_PORT"), "--connect-to",
				"localhost:465:127.0.0.1:" + james.port("SMTPS_PORT"));
	}
}
