package cc.enet.mailbox.connector.dovecot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.ServerSecrets;
import cc.enet.mailbox.test.support.MailStack;
import cc.enet.mailbox.test.support.MailboxCli;
import cc.enet.mailbox.test.support.ScaleSuite;

/** The scale suite against the real Postfix + Dovecot + PostgreSQL stack: see {@link ScaleSuite}. */
class DovecotScaleTest extends ScaleSuite {

	private static MailStack stack;

	@BeforeAll
	static void startStack() throws Exception {
		stack = new MailStack(32000).start();
	}

	@AfterAll
	static void stopStack() throws Exception {
		stack.stop();
	}

	@Override
	protected ConnectorFactory connector() {
		return new DovecotConnectorFactory();
	}

	@Override
	protected void addServer(MailboxCli mailbox, Path workspace, CredentialStore store, String name) throws Exception {
		List<String> add = new ArrayList<>(List.of("server", "add", workspace.toString(), name));
		add.addAll(List.of(stack.serverAddArgs()));
		assertEquals(0, mailbox.run(add.toArray(String[]::new)), mailbox.both());
		// as `./mailbox server secret WS NAME` and `... --key MANAGESIEVE`, `... --key DOVEADM` store them
		String url = stack.server(name).getUrl();
		String pin = stack.server(name).getPinnedCertificateSha256();
		ServerSecrets.store(store, name, url, pin, stack.secret("DEFAULT").toCharArray());
		for (String key : List.of("MANAGESIEVE", "DOVEADM")) {
			ServerSecrets.store(store, ServerSecrets.named(name, key), url, pin, stack.secret(key).toCharArray());
		}
	}

	@Override
	protected List<String> probeRoutes() {
		return List.of("--cacert", stack.get("CA_CERT"), "--connect-to", "localhost:995:127.0.0.1:" + stack.port("POP3S_PORT"),
				"--connect-to", "localhost:993:127.0.0.1:" + stack.port("IMAPS_PORT"), "--connect-to",
				"localhost:465:127.0.0.1:" + stack.port("SMTPS_PORT"));
	}
}
