package cc.enet.mailbox.connector.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.test.support.ConsoleHome;
import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.ReviewViewBot;

/**
 * Review Changes at the size of a migration: 10,000 new mailboxes whose initial passwords are in the product's real
 * (Equinox) secure storage, planned and applied from the console. The server is an in-memory one registered as a
 * connector service (what is under test is the console's path and the real store, not a server's speed; the
 * scale suite applies 2,000 to real servers). Apply binds every password in one write, never from its workers.
 */
class ReviewChangesAtScaleTest {

	/** The console home of this class's own: its secure storage, demo workspace and logs. */
	@RegisterExtension
	static final ConsoleHome HOME = new ConsoleHome();

	private static final int DOMAINS = 100;
	private static final int PER_DOMAIN = 100;
	private static Path folder;
	private static final MemoryServer server = new MemoryServer();

	@RegisterExtension
	static final ServedConnector SERVED = new ServedConnector("memory", server);

	@BeforeAll
	static void theHome() {
		folder = HOME.folder();
	}

	@Test
	void tenThousandNewMailboxesArePlannedAndAppliedWithTheirPasswordsFromTheRealSecureStorage() throws Exception {
		Path ws = MemoryWorkspaces.create(folder, "scale", "memory", DOMAINS, PER_DOMAIN);
		SecureStorageCredentialStore store = SecureStorageCredentialStore.openDefault();

		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(ws);
		ReviewViewBot review = console.review().selectServer("memory");
		long start = System.nanoTime();
		review.pressPlan().waitUntilIdle().waitForStatus("Plan for server memory: ");
		long planned = System.nanoTime();
		String status = review.status();
		assertFalse(status.contains("refused"), status);
		Matcher changes = Pattern.compile(": (\\d+) changes").matcher(status);
		assertTrue(changes.find(), status);
		long writesBefore = store.writes();

		review.pressApply().waitUntilIdle()
				.waitForStatus("Applied to memory: " + changes.group(1) + " done, 0 failed, 0 skipped, 0 not attempted");
		long applied = System.nanoTime();
		System.out.printf(Locale.ROOT, "[scale] Review Changes, %d new mailboxes: plan %.1f s, apply %.1f s%n",
				DOMAINS * PER_DOMAIN, (planned - start) / 1e9, (applied - planned) / 1e9);

		assertEquals(DOMAINS * PER_DOMAIN, server.passwords.size());
		assertEquals("Scale-Pa55-42-7", server.passwords.get("u007@d042.scale.test"));
		assertEquals(writesBefore + 1, store.writes(), "every password bound to the server in one write");
		review.pressPlan().waitUntilIdle().waitForStatus("Plan for server memory: 0 changes");
	}

	/** A server in memory: it keeps what it is given, every field readable and writable, four requests at a time. */
	static final class MemoryServer implements Connector {
		final Set<String> domains = Collections.synchronizedSet(new HashSet<>());
		final Map<String, MailboxState> mailboxes = Collections.synchronizedMap(new HashMap<>());
		final Map<String, String> passwords = Collections.synchronizedMap(new HashMap<>());

		@Override
		public Capabilities capabilities() {
			return new Capabilities(EnumSet.allOf(Field.class), EnumSet.allOf(Field.class), 4);
		}

		@Override
		public ServerSnapshot read(Set<String> wanted, IProgressMonitor monitor) {
			synchronized (mailboxes) {
				return new ServerSnapshot(new HashSet<>(domains), new HashMap<>(mailboxes));
			}
		}

		@Override
		public void apply(Change change, char[] password) {
			switch (change) {
			case Change.CreateDomain d -> domains.add(d.domain());
			case Change.CreateMailbox m -> {
				passwords.put(m.mailbox(), new String(password));
				mailboxes.put(m.mailbox(), MailboxState.fresh(m.mailbox()));
			}
			default -> mailboxes.compute(change.mailbox(), (k, s) -> s.with(change.field(), change.value()));
			}
		}

		@Override
		public void close() {
			// kept for the next opening: the same server
		}
	}
}
