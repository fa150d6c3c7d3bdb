package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.core.credentials.ServerSecrets;

/** A secret is bound to its server's origin: two databases on different hosts or ports are two origins. */
class ServerSecretsOriginTest {

	@Test
	void aJdbcUrlIsBoundToItsDatabaseHostAndPort() {
		assertEquals("postgresql://127.0.0.1:39432",
				ServerSecrets.origin("jdbc:postgresql://127.0.0.1:39432/mailbox?user=mailadmin&managesieve=127.0.0.1:39419"));
		assertNotEquals(ServerSecrets.binding("jdbc:postgresql://127.0.0.1:39432/mailbox", "ab"),
				ServerSecrets.binding("jdbc:postgresql://db.elsewhere.test:39432/mailbox", "ab"));
		assertEquals("https://mail.abc.test:443", ServerSecrets.origin("https://mail.abc.test/"));
	}
}
