package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.core.credentials.InitialPasswords;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.PasswordRefusal;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.csv.CsvImportException;
import cc.enet.mailbox.core.csv.CsvImportOperation;
import cc.enet.mailbox.core.csv.CsvProblem;
import cc.enet.mailbox.core.csv.MailboxCsvExporter;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.PasswordHash;

/**
 * A migration's password_hash column: stored where the initial password goes (and nowhere else), never taken for a
 * password, never exported, refused with its line when it is no hash a server can verify, and refused per server.
 */
class PasswordHashImportTest {

	/** A SHA512-CRYPT hash as an old system holds it (of "Old-Pa55word", salt "saltsalt"). */
	static final String CRYPT = "{SHA512-CRYPT}$6$saltsalt$" + "a".repeat(86);
	static final String BCRYPT = "{blf-crypt}$2y$10$" + "b".repeat(53);

	@TempDir
	Path dir;

	private final SessionCredentialStore credentials = new SessionCredentialStore();

	private Path csv(String text) throws Exception {
		Path file = dir.resolve("migration.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void aHashIsStoredMarkedUnderTheMailboxAndNeverExported() throws Exception {
		MailboxWorkspace workspace = WorkspaceStore.create(dir.resolve("ws"), "test");
		CsvImportOperation.run(workspace, csv("address,password_hash\nold@abc.co.jp," + CRYPT + "\nbf@abc.co.jp," + BCRYPT + "\n"),
				null, credentials);

		var passwords = MailboxPasswords.of(credentials, workspace.folder());
		char[] stored = passwords.load("old@abc.co.jp").orElseThrow();
		assertTrue(PasswordHash.isMarked(stored));
		assertEquals(CRYPT, PasswordHash.unmark(stored));
		assertEquals("{BLF-CRYPT}$2y$10$" + "b".repeat(53), PasswordHash.unmark(passwords.load("bf@abc.co.jp").orElseThrow()),
				"the scheme as Dovecot names it");
		assertTrue(MailboxPasswords.plain(passwords, "old@abc.co.jp").isEmpty(), "nobody knows the password: no setup file gets it");

		StringWriter export = new StringWriter();
		MailboxCsvExporter.write(workspace.root(), export);
		assertFalse(export.toString().contains("password"));
		assertFalse(export.toString().contains("$6$"));
		FolderSnapshot.of(dir.resolve("ws")).forEach((file, content) -> assertFalse(content.contains("$6$saltsalt"), file));
	}

	@Test
	void whatIsNoHashOrBothAPasswordAndAHashIsRefusedWithItsLine() throws Exception {
		MailboxWorkspace workspace = WorkspaceStore.create(dir.resolve("ws"), "test");
		Path file = csv("address,password,password_hash\n"
				+ "a@abc.co.jp,,{MD5}x\n"
				+ "b@abc.co.jp,,{SHA512-CRYPT}$6$short\n"
				+ "c@abc.co.jp,Pa55-word," + CRYPT + "\n"
				+ "e@abc.co.jp,," + CRYPT + "\n");
		CsvImportException e = assertThrows(CsvImportException.class,
				() -> CsvImportOperation.run(workspace, file, null, credentials));
		List<String> where = e.problems().stream().map(p -> p.line() + ":" + p.column()).toList();
		assertEquals(List.of("2:password_hash", "3:password_hash", "4:password_hash"), where);
		assertTrue(e.problems().get(0).reason().contains("SHA512-CRYPT"), e.problems().get(0).reason());
		assertFalse(e.problems().get(1).reason().contains("$6$short"), "the hash is not repeated");
		for (CsvProblem problem : e.problems()) {
			assertFalse(problem.reason(Locale.JAPANESE).equals(problem.reason()), "Japanese for " + problem.key());
		}
		assertEquals(Set.of(), credentials.accounts(), "all rows or none");

		// the mark a stored hash carries cannot be typed into a password cell: control characters are refused
		Path marked = csv("address,password\nf@abc.co.jp," + new String(PasswordHash.mark(CRYPT)) + "\n");
		assertThrows(CsvImportException.class, () -> CsvImportOperation.run(workspace, marked, null, credentials));
		assertEquals(Set.of(), credentials.accounts());
	}

	@Test
	void aServerThatCannotVerifyTheSchemeIsRefusedTheMailbox() throws Exception {
		MailboxWorkspace workspace = WorkspaceStore.create(dir.resolve("ws"), "test");
		CsvImportOperation.run(workspace, csv("address,password_hash,password\nold@abc.co.jp," + CRYPT + ",\nnew@abc.co.jp,,Pa55-word\n"),
				null, credentials);
		InitialPasswords james = InitialPasswords.of(credentials, workspace.folder(), "james", "http://127.0.0.1:1", null);
		var refusals = james.check(List.of("old@abc.co.jp", "new@abc.co.jp"));
		assertEquals(Set.of("old@abc.co.jp"), refusals.keySet());
		assertEquals(PasswordRefusal.Reason.HASH_NOT_TAKEN, refusals.get("old@abc.co.jp").reason());
		assertEquals("SHA512-CRYPT", refusals.get("old@abc.co.jp").scheme());
		try (var handover = james.handOver(List.of("old@abc.co.jp"))) {
			assertEquals(null, handover.password("old@abc.co.jp"), "never handed to a server that cannot verify it");
			assertEquals(PasswordRefusal.Reason.HASH_NOT_TAKEN, handover.refusal("old@abc.co.jp").reason());
		}

		InitialPasswords dovecot = InitialPasswords.of(credentials, workspace.folder(), "stack", "https://127.0.0.1:2", null)
				.takingHashes(Set.of("SHA512-CRYPT"));
		assertEquals(Set.of(), dovecot.check(List.of("old@abc.co.jp", "new@abc.co.jp")).keySet());
	}
}
