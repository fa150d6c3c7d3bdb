package cc.enet.mailbox.connector.dovecot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.Driver;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.ServerSecrets;
import cc.enet.mailbox.test.support.ConnectorContract;
import cc.enet.mailbox.test.support.MailStack;
import cc.enet.mailbox.test.support.SharedServer;

/**
 * The connector contract against the real mail stack (the module's shared one, emptied for this class), added with
 * exactly its SERVER_ADD_ARGS; a webmail change is an UPDATE of the alias row in PostgreSQL.
 */
class DovecotContractTest extends ConnectorContract {

	@RegisterExtension
	static final SharedServer<MailStack> STACK = SharedStack.STACK;
	private MailStack stack;

	@Override
	protected void startServer() throws Exception {
		stack = STACK.get();
	}

	/** The shared stack stays up for the next class, which finds it emptied. */
	@Override
	protected void stopServer() throws Exception {
	}

	@Override
	protected ConnectorFactory factory() {
		return new DovecotConnectorFactory();
	}

	@Override
	protected List<String> serverAddArgs() {
		return List.of(stack.serverAddArgs());
	}

	/** As `./mailbox server secret WS NAME` and `... --key MANAGESIEVE`, `... --key DOVEADM` keep them. */
	@Override
	protected void storeSecrets(CredentialStore store, MailServer server) throws Exception {
		String url = server.getUrl();
		String pin = server.getPinnedCertificateSha256();
		ServerSecrets.store(store, server.getName(), url, pin, stack.secret("DEFAULT").toCharArray());
		for (String key : List.of("MANAGESIEVE", "DOVEADM")) {
			ServerSecrets.store(store, ServerSecrets.named(server.getName(), key), url, pin, stack.secret(key).toCharArray());
		}
	}

	@Override
	protected Connector connect(MailServer server) throws Exception {
		return factory().open(server, stack.serverSecrets());
	}

	@Override
	protected void redirectOnTheServer(String address, String from, String to) throws Exception {
		Properties login = new Properties();
		login.setProperty("user", stack.get("PG_USER"));
		login.setProperty("password", stack.secret("DEFAULT"));
		try (Connection c = new Driver().connect(stack.get("JDBC_URL"), login);
				PreparedStatement update = c.prepareStatement("UPDATE alias SET target = ? WHERE address = ? AND target = ?")) {
			update.setString(1, to);
			update.setString(2, address);
			update.setString(3, from);
			assertEquals(1, update.executeUpdate());
		}
	}
}
