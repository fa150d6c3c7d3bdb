package cc.enet.mailbox.connector.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.test.support.ConsoleHome;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.core.credentials.ServerSecrets;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.connector.ui.review.ServerSettings;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.ServersBot;

/**
 * Window > Mail Servers draws a kind's fields from its connector's declaration: a dovecot server gets its four
 * settings and two named secrets besides the default one, and they land in the model and in secure storage.
 */
class ServerKindFieldsTest {

	/** The console home of this class's own: its secure storage, demo workspace and logs. */
	@RegisterExtension
	static final ConsoleHome HOME = new ConsoleHome();

	private static final String URL = "jdbc:postgresql://127.0.0.1:39432/mailbox";
	private static Path folder;

	@BeforeAll
	static void ownSecureStorage() throws Exception {
		folder = HOME.folder();
	}

	@Test
	void aDovecotServerIsAddedWithTheSettingsAndSecretsItsKindDeclares() throws Exception {
		ConsoleBot console = ConsoleBot.console();
		ConsoleSession session = console.openWorkspace(folder.resolve("demo"));
		ServersBot servers = ServersBot.open(console);
		List<String> drawn;
		try {
			drawn = servers.addOfKind("stack", "dovecot", URL,
					Map.of("user", "mailadmin", "managesieve", "127.0.0.1:39419", "managesieve-user", "sieveadmin",
							"doveadm", "http://127.0.0.1:39480/doveadm/v1"),
					Map.of("DEFAULT", "db-Pw1", "MANAGESIEVE", "sieve-Pw1", "DOVEADM", "api-Key1"));
			assertTrue(servers.rows().contains("stack | dovecot | " + URL + " | "), servers.rows()::toString);
		} finally {
			servers.close();
		}
		assertEquals(List.of("server.secret", "server.setting.user", "server.setting.managesieve", "server.setting.managesieve-user",
				"server.setting.doveadm", "server.setting.sieve-dir", "server.setting.timeout", "server.secret.MANAGESIEVE", "server.secret.DOVEADM"), drawn);

		MailServer server = ServerSettings.find(session.workspace().root(), "stack").orElseThrow();
		assertEquals(List.of("user=mailadmin", "managesieve=127.0.0.1:39419", "managesieve-user=sieveadmin",
				"doveadm=http://127.0.0.1:39480/doveadm/v1"), server.getSettings());
		var store = SecureStorageCredentialStore.openDefault();
		assertEquals("db-Pw1", new String(ServerSecrets.load(store, "stack", URL, null).secret()));
		assertEquals("api-Key1", new String(ServerSecrets.load(store, ServerSecrets.named("stack", "DOVEADM"), URL, null).secret()));
		assertEquals("sieve-Pw1",
				new String(ServerSecrets.load(store, ServerSecrets.named("stack", "MANAGESIEVE"), URL, null).secret()));
		console.navigator().open("sakura-trading.co.jp");
		console.undo();
		assertTrue(ServerSettings.find(session.workspace().root(), "stack").isEmpty(), "the add was one command");
	}
}
