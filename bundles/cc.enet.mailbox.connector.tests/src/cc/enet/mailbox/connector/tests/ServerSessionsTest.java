package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.Secrets;
import cc.enet.mailbox.connector.session.SecretRefusedException;
import cc.enet.mailbox.connector.session.SecretSource;
import cc.enet.mailbox.connector.session.ServerSessions;
import cc.enet.mailbox.connector.session.StoredSecrets;
import cc.enet.mailbox.core.credentials.ServerSecrets;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;

/** The one way every part of the product opens a server: which secrets reach the connector, which are missing. */
class ServerSessionsTest {

	private final Map<String, String> given = new HashMap<>();
	private final SessionCredentialStore store = new SessionCredentialStore();
	private final MailServer server = server("stack", "https://mail.enet.example:8443");

	/** A kind with two named secrets, like the mail stack's; it keeps what it was opened with. */
	private final ConnectorFactory factory = new ConnectorFactory() {
		@Override
		public String kind() {
			return "stacklike";
		}

		@Override
		public List<String> secretKeys() {
			return List.of("MANAGESIEVE", "DOVEADM");
		}

		@Override
		public Connector open(MailServer s, char[] secret) {
			throw new AssertionError("the named secrets must reach the connector");
		}

		@Override
		public Connector open(MailServer s, Secrets secrets) {
			for (String key : secrets.keys()) {
				given.put(key, new String(secrets.get(key)));
			}
			return new FakeServer();
		}
	};

	@Test
	void everyNamedSecretInSecureStorageReachesTheConnectorAndAMissingOneIsNamed() throws Exception {
		ServerSecrets.store(store, "stack", server.getUrl(), null, "db-secret".toCharArray());
		ServerSecrets.store(store, ServerSecrets.named("stack", "MANAGESIEVE"), server.getUrl(), null, "sieve".toCharArray());

		try (ServerSessions.Session session = ServerSessions.open(server, factory, new StoredSecrets(store), false)) {
			assertEquals(List.of("DOVEADM"), session.missingSecrets());
		}
		assertEquals(Map.of("DEFAULT", "db-secret", "MANAGESIEVE", "sieve"), given);
	}

	@Test
	void theFirstSourceThatHasASecretGivesItAndTheOneStringFormIsSplit() throws Exception {
		ServerSecrets.store(store, "stack", server.getUrl(), null, "stored".toCharArray());
		SecretSource environment = (s, key) -> key == null ? "DEFAULT=env DOVEADM=env-key".toCharArray() : null;

		try (ServerSessions.Session session = ServerSessions.open(server, factory,
				SecretSource.firstOf(environment, new StoredSecrets(store)), false)) {
			assertEquals(List.of("MANAGESIEVE"), session.missingSecrets());
		}
		assertEquals(Map.of("DEFAULT", "env", "DOVEADM", "env-key"), given);
	}

	@Test
	void aSecretGivenForAnotherAddressIsNeverSent() throws Exception {
		ServerSecrets.store(store, "stack", "https://old.enet.example:8443", null, "old".toCharArray());
		SecretRefusedException refused = assertThrows(SecretRefusedException.class,
				() -> ServerSessions.open(server, factory, new StoredSecrets(store), false));
		assertEquals("stack", refused.storedAs());
		assertEquals(Map.of(), given);
	}

	@Test
	void plainHttpToAnotherMachineIsRefusedUnlessAllowedAndLoopbackIsAlwaysAllowed() throws Exception {
		MailServer remote = server("remote", "http://mail.enet.example:8000");
		assertThrows(ServerSessions.InsecureHttpException.class,
				() -> ServerSessions.open(remote, factory, (s, key) -> null, false));
		ServerSessions.open(remote, factory, (s, key) -> null, true).close();
		ServerSessions.open(server("local", "http://127.0.0.1:8000"), factory, (s, key) -> "x".toCharArray(), false).close();
		assertArrayEquals(new String[] { "x" }, new String[] { given.get("DEFAULT") });
	}

	private static MailServer server(String name, String url) {
		MailServer server = MailboxFactory.eINSTANCE.createMailServer();
		server.setName(name);
		server.setUrl(url);
		return server;
	}
}
