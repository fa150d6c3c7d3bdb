package cc.enet.mailbox.connector.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.test.support.SharedServer;
import cc.enet.mailbox.test.support.ConsoleHome;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.connector.ui.review.ServerSettings;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.ServersBot;

/** Window > Mail Servers: add a server as a command, test the connection against a real James and a dead port. */
class MailServersTest {

	/** The console home of this class's own: its secure storage, demo workspace and logs. */
	@RegisterExtension
	static final ConsoleHome HOME = new ConsoleHome();

	/** The module's James, emptied for this class (it stays up for the next). */
	@RegisterExtension
	static final SharedServer<JamesServer> JAMES = SharedJames.JAMES;

	private static JamesServer james;
	private static Path folder;

	@BeforeAll
	static void startJames() throws Exception {
		james = JAMES.get();
		folder = HOME.folder();
	}

	@Test
	void addsServersAndTestsTheirConnections() {
		ConsoleBot console = ConsoleBot.console();
		ConsoleSession session = console.openWorkspace(folder.resolve("demo"));
		ServersBot servers = ServersBot.open(console);
		try {
			servers.add("local", james.webAdminUrl()).add("nowhere", "http://127.0.0.1:9");
			assertTrue(servers.rows().contains("local | james | " + james.webAdminUrl() + " | "), servers.rows()::toString);
			assertTrue(ServerSettings.find(session.workspace().root(), "local").isPresent(), "in the model, through a command");
			assertTrue(session.commandStack().canUndo());

			String ok = servers.select("local").testConnection();
			assertTrue(ok.startsWith("Connection to local succeeded:") && ok.endsWith("mailboxes seen."), ok);
			String down = servers.select("nowhere").testConnection();
			assertTrue(down.startsWith("Connection to nowhere failed:") && down.contains("cannot be reached"), down);

			String shown = servers.addPinned("pinned", "https://127.0.0.1:48993"); // James's IMAPS port: TLS
			assertTrue(shown.matches("(?s)The server presents the certificate with SHA-256 [0-9a-f]{64}\\..*"), shown);
			String sha = shown.replaceAll("(?s).*SHA-256 ([0-9a-f]{64}).*", "$1");
			assertTrue(servers.rows().contains("pinned | james | https://127.0.0.1:48993 | " + sha), servers.rows()::toString);

			servers.select("nowhere").remove();
			assertTrue(servers.rows().stream().noneMatch(r -> r.startsWith("nowhere |")), servers.rows()::toString);
		} finally {
			servers.close();
		}
		console.navigator().open("sakura-trading.co.jp");
		console.undo(); // the removal was a command like any other
		assertTrue(ServerSettings.find(session.workspace().root(), "nowhere").isPresent(), "Undo brought the server back");
		assertTrue(console.isDirty(), "the added servers wait for Save");

		ServersBot again = ServersBot.open(console);
		again.add("temporary", "http://127.0.0.1:10");
		again.cancel();
		assertTrue(ServerSettings.find(session.workspace().root(), "temporary").isEmpty(), "Cancel undid the page's changes");
		assertTrue(ServerSettings.find(session.workspace().root(), "local").isPresent(), "earlier changes stay");
	}
}
