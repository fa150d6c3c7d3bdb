package cc.enet.mailbox.connector.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.test.support.ConsoleHome;
import cc.enet.mailbox.connector.ui.review.ReviewMessages;
import cc.enet.mailbox.test.support.MailStack;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.ReviewViewBot;
import cc.enet.mailbox.ui.tests.bots.ServersBot;

/**
 * A real Postfix + Dovecot + PostgreSQL stack (ports 30000+) added only through Window > Mail Servers, with the three
 * secrets its kind declares typed into the dialog: Review Changes plans the demo's allow/deny lists and spam
 * rejection as changes, as ./mailbox plan does, never as "not supported by this server", and names no secret missing.
 */
class ReviewOnMailStackTest {

	/** The console home of this class's own: its secure storage, demo workspace and logs. */
	@RegisterExtension
	static final ConsoleHome HOME = new ConsoleHome();

	private static MailStack stack;
	private static Path folder;

	@BeforeAll
	static void startStack() throws Exception {
		stack = new MailStack(30000).start();
		folder = HOME.folder();
	}

	@AfterAll
	static void stopStack() throws Exception {
		stack.stop();
	}

	@Test
	void aStackAddedInMailServersIsPlannedWithEveryNamedSecret() throws Exception {
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(folder.resolve("demo"));
		MailServer described = stack.server("stack");
		Map<String, String> settings = new LinkedHashMap<>();
		for (String setting : described.getSettings()) {
			settings.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
		}
		ServersBot servers = ServersBot.open(console);
		try {
			servers.addOfKind("stack", "dovecot", described.getUrl(), settings, Map.of("DEFAULT", stack.secret("DEFAULT"),
					"MANAGESIEVE", stack.secret("MANAGESIEVE"), "DOVEADM", stack.secret("DOVEADM")),
					described.getPinnedCertificateSha256());
		} finally {
			servers.close();
		}

		ReviewViewBot review = console.review().selectServer("stack");
		review.pressPlan().waitUntilIdle().waitForStatus("Plan for server stack: ");

		assertFalse(review.status().contains("has no secret"), review.status());
		List<ReviewViewBot.Row> rows = review.rows();
		List<ReviewViewBot.Row> lists = rows.stream().filter(r -> r.field().equals(ReviewMessages.Field_allowDeny)).toList();
		List<ReviewViewBot.Row> spam = rows.stream().filter(r -> r.field().equals(ReviewMessages.Field_rejectSpam)).toList();
		assertFalse(lists.isEmpty(), "the demo's allow/deny lists are in the plan: " + rows);
		assertFalse(spam.isEmpty(), "the demo's spam rejection is in the plan: " + rows);
		for (ReviewViewBot.Row row : lists) {
			assertTrue(!row.kind().equals(ReviewMessages.Kind_unsupported), "planned, not unsupported: " + row);
		}
		for (ReviewViewBot.Row row : spam) {
			assertTrue(!row.kind().equals(ReviewMessages.Kind_unsupported), "planned, not unsupported: " + row);
		}
	}
}
