package cc.enet.mailbox.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.cli.MailboxCommandLine;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/** A server's secret goes only to the origin and pin it was given for; plain http leaves this machine only if allowed. */
class ServerSecretsCommandLineTest {

	@TempDir
	Path dir;
	Path ws;
	final SessionCredentialStore credentials = new SessionCredentialStore();
	/** The secrets the connector was opened with: what would have gone to the server. */
	final List<String> sent = new ArrayList<>();
	String err;

	private final ConnectorFactory recording = new ConnectorFactory() {
		@Override
		public String kind() {
			return "james";
		}

		@Override
		public Connector open(MailServer server, char[] secret) throws ConnectorException {
			sent.add(secret == null ? null : new String(secret));
			throw new ConnectorException(ConnectorException.Kind.UNREACHABLE, "test: no server behind " + server.getUrl());
		}
	};

	@BeforeEach
	void workspace() throws Exception {
		ws = dir.resolve("ws");
		WorkspaceStore.save(DemoWorkspace.create(ws));
	}

	private int run(String... args) {
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		int code = new MailboxCommandLine(credentials, ConnectorRegistry.of(recording)).run(List.of(args),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(errBytes, true, StandardCharsets.UTF_8));
		err = errBytes.toString(StandardCharsets.UTF_8);
		return code;
	}

	private int storeSecret(String name, String secret) {
		InputStream before = System.in;
		System.setIn(new ByteArrayInputStream(secret.getBytes(StandardCharsets.UTF_8)));
		try {
			return run("server", "secret", ws.toString(), name);
		} finally {
			System.setIn(before);
		}
	}

	@Test
	void aSecretIsNotSentToAnotherOriginOrPin() {
		assertEquals(0, run("server", "add", ws.toString(), "prod", "--kind", "james", "--url", "https://127.0.0.1:48443"));
		assertEquals(0, storeSecret("prod", "tok-123"));
		assertEquals(3, run("plan", ws.toString(), "--server", "prod"));
		assertEquals(List.of("tok-123"), sent, "sent to the origin it was given for");

		assertEquals(0, run("server", "remove", ws.toString(), "prod"));
		assertEquals(0, run("server", "add", ws.toString(), "prod", "--kind", "james", "--url", "https://127.0.0.1:48444"));
		assertEquals(2, run("plan", ws.toString(), "--server", "prod", "--lang", "en"));
		assertTrue(err.contains("was given for https://127.0.0.1:48443 pin none, but this workspace says https://127.0.0.1:48444 pin none"), err);
		assertEquals(1, sent.size(), "not sent to the new origin");

		assertEquals(0, run("server", "remove", ws.toString(), "prod"));
		assertEquals(0, run("server", "add", ws.toString(), "prod", "--kind", "james", "--url", "https://127.0.0.1:48443",
				"--pin-sha256", "ab".repeat(32)));
		assertEquals(2, run("plan", ws.toString(), "--server", "prod"), "a different pin is another server too");
		assertEquals(1, sent.size());
	}

	@Test
	void theOldSecretCommandWithoutAWorkspaceSaysHowItIsNow() {
		assertEquals(2, run("server", "secret", "prod", "--lang", "en"));
		assertTrue(err.contains("mailbox server secret WORKSPACE NAME"), err);
	}

	@Test
	void plainHttpToAnotherMachineIsRefusedUnlessAllowed() {
		assertEquals(0, run("server", "add", ws.toString(), "far", "--kind", "james", "--url", "http://192.0.2.10:8000",
				"--lang", "en"));
		assertTrue(err.contains("plain http"), "adding it warns: " + err);

		assertEquals(2, run("plan", ws.toString(), "--server", "far", "--lang", "en"));
		assertTrue(err.contains("--allow-insecure-http"), err);
		assertTrue(sent.isEmpty(), "nothing was sent");

		assertEquals(3, run("plan", ws.toString(), "--server", "far", "--allow-insecure-http"));
		assertEquals(1, sent.size());
		assertNull(sent.get(0));

		assertEquals(0, run("server", "add", ws.toString(), "local", "--kind", "james", "--url", "http://127.0.0.1:48000"));
		assertEquals(3, run("plan", ws.toString(), "--server", "local"), "loopback needs no permission");
		assertFalse(err.contains("plain http"), err);
	}
}
