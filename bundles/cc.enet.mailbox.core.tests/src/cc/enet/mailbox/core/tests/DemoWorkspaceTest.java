package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.MailboxWorkspace;

class DemoWorkspaceTest {

	@TempDir
	Path dir;

	@Test
	void theEmbeddedDemoServerIsMarkedAsTakingNoSecretOnceHoweverOftenItMoves() {
		MailboxWorkspace workspace = DemoWorkspace.create(dir.resolve("demo"), "http://127.0.0.1:31000", null);
		DemoWorkspace.useDemoServer(workspace, "http://127.0.0.1:31100");
		DemoWorkspace.useDemoServer(workspace, "http://127.0.0.1:31200");

		MailServer demo = workspace.root().getServers().stream().filter(s -> DemoWorkspace.DEMO_SERVER.equals(s.getName()))
				.findFirst().orElseThrow();
		assertEquals("james", demo.getKind());
		assertEquals("http://127.0.0.1:31200", demo.getUrl());
		assertEquals(List.of("auth=none"), List.copyOf(demo.getSettings()));
	}
}
