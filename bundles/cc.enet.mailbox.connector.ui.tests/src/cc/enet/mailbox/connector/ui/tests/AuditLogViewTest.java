package cc.enet.mailbox.connector.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.connector.apply.AuditLog;
import cc.enet.mailbox.connector.ui.review.ReviewMessages;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.ui.tests.bots.AuditLogBot;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;

/** The Audit Log view shows a damaged log as such. */
class AuditLogViewTest {

	@TempDir
	Path folder;

	@Test
	void aTornAuditLineIsShownAsTornNotABlankView() throws Exception {
		Path demo = folder.resolve("torn");
		WorkspaceStore.save(DemoWorkspace.create(demo));
		AuditLog log = new AuditLog(demo);
		log.intent("demo", "create mailbox a@abc.jp");
		log.record("demo", "create mailbox a@abc.jp", "done", null);
		Files.writeString(demo.resolve(AuditLog.FILE), "{\"time\":\"2026-11-29T", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(demo);

		List<AuditLogBot.Row> rows = console.auditLog().waitForRows(2).rows();

		assertEquals(2, rows.size(), rows.toString());
		assertEquals(ReviewMessages.Audit_torn, rows.get(0).result(), "newest first: the torn line");
		assertEquals("audit.log:3", rows.get(0).message());
		assertEquals("done", rows.get(1).result());
	}
}
