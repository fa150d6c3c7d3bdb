package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.EnetHostsBot;
import cc.enet.mailbox.ui.tests.bots.ProblemsViewBot;
import cc.enet.mailbox.ui.tests.bots.Ui;

/**
 * Window > Enet Server Host Names: the demo's SMTP host for aozora-design.com is a guess outside Enet's list, so the
 * Problems view questions it until the host joins the list; each change is a command, Cancel undoes the page's own.
 */
class EnetHostsTest {

	@TempDir
	Path folder;

	@Test
	void aHostAddedToTheListSilencesTheWarningAndUndoBringsItBack() {
		ConsoleBot console = ConsoleBot.console();
		ConsoleSession session = console.openWorkspace(folder.resolve("demo"));
		ProblemsViewBot problems = console.problems();
		problems.waitForRow("endpoint.host", "aozora-design.com");

		EnetHostsBot page = EnetHostsBot.open(console, "Window", "Enet Server Host Names...");
		assertEquals(List.of("pop3.enet-demo.example", "imap4.hetemail.jp", "smtp.enet-demo.example"), page.hosts());
		assertEquals("\"smtp aozora\" is not a host name.", page.add("smtp aozora"));
		assertEquals("", page.add("SMTP.Aozora-Design.com"));
		assertEquals(List.of("pop3.enet-demo.example", "imap4.hetemail.jp", "smtp.enet-demo.example", "smtp.aozora-design.com"),
				page.hosts());
		page.close();
		problems.waitUntilGone("endpoint.host", "aozora-design.com");

		Ui.run(() -> session.commandStack().undo());
		problems.waitForRow("endpoint.host", "aozora-design.com");
		assertEquals(3, session.workspace().root().getEnetHosts().size());
	}

	@Test
	void cancelUndoesWhatThePageDid() {
		ConsoleBot console = ConsoleBot.console();
		ConsoleSession session = console.openWorkspace(folder.resolve("demo"));
		EnetHostsBot page = EnetHostsBot.open(console, "Window", "Enet Server Host Names...");
		page.remove("pop3.enet-demo.example");
		assertEquals(List.of("imap4.hetemail.jp", "smtp.enet-demo.example"), page.hosts());
		page.cancel();
		assertEquals(List.of("pop3.enet-demo.example", "imap4.hetemail.jp", "smtp.enet-demo.example"),
				List.copyOf(session.workspace().root().getEnetHosts()));
	}
}
