package cc.enet.mailbox.connector.dovecot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import javax.net.ssl.SSLSocket;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.Driver;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorException.Kind;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.MailboxState.Filters;
import cc.enet.mailbox.connector.MailboxState.Forwarding;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.connector.tls.TlsTrust;
import cc.enet.mailbox.test.support.MailStack;
import cc.enet.mailbox.test.support.SharedServer;

/** The connector against the real mail stack: every write read back from PostgreSQL and Dovecot. */
class DovecotConnectorTest {

	@RegisterExtension
	static final SharedServer<MailStack> STACK = SharedStack.STACK;

	private static final String DOMAIN = "abc.test";
	private static final String TANAKA = "tanaka@abc.test";
	private static final String SATO = "sato@abc.test";
	private static MailStack stack;
	private static Connector connector;

	@BeforeAll
	static void startStack() throws Exception {
		stack = STACK.get();
		connector = new DovecotConnectorFactory().open(stack.server("stack"), stack.serverSecrets());
		connector.apply(new Change.CreateDomain(DOMAIN), null);
		connector.apply(new Change.CreateMailbox(TANAKA, DOMAIN), "tanaka-Pw1".toCharArray());
		connector.apply(new Change.CreateMailbox(SATO, DOMAIN), "sato-Pw1".toCharArray());
	}

	@AfterAll
	static void stopStack() throws Exception {
		if (connector != null) {
			connector.close();
		}
	}

	@Test
	void declaresWhatItWritesAndReadsBack() {
		assertEquals(Set.of(Field.ACCOUNT, Field.ENABLED, Field.INITIAL_PASSWORD, Field.QUOTA, Field.RETENTION, Field.FORWARDING,
				Field.ALLOW_DENY, Field.REJECT_VIRUS, Field.REJECT_SPAM), connector.capabilities().writable());
		assertEquals(connector.capabilities().writable(), connector.capabilities().readable());
	}

	@Test
	void aCreatedMailboxLogsInWithItsPasswordAndTheDatabaseHoldsOnlyAHash() throws Exception {
		assertEquals("OK", imapLogin(TANAKA, "tanaka-Pw1"));
		assertEquals("NO", imapLogin(TANAKA, "wrong"));
		String hash = sql("SELECT password_hash FROM mailbox WHERE address = ?", TANAKA);
		assertTrue(hash.startsWith("{SHA512-CRYPT}$6$"), hash);
		assertFalse(hash.contains("tanaka-Pw1"));
		// Dovecot's own tool agrees with the hash
		MailStack.run(null, "doveadm", "pw", "-t", hash, "-p", "tanaka-Pw1");
	}

	@Test
	void quotaAndForwardingAreReadBackAsWritten() throws Exception {
		connector.apply(new Change.SetQuota(SATO, DOMAIN, 250), null);
		Forwarding keep = new Forwarding(List.of(TANAKA, "outside@remote.test"), true);
		connector.apply(new Change.SetForwarding(SATO, DOMAIN, keep, new Forwarding(List.of(), false)), null);
		MailboxState sato = read().mailboxes().get(SATO);
		assertEquals(250, sato.quotaMb());
		assertEquals(keep, sato.forwarding());
		assertEquals("262144000", sql("SELECT quota_bytes::text FROM mailbox WHERE address = ?", SATO));

		Forwarding none = new Forwarding(List.of(), false);
		connector.apply(new Change.SetForwarding(SATO, DOMAIN, none, keep), null);
		assertEquals(none, read().mailboxes().get(SATO).forwarding());
	}

	@Test
	void filtersGoThroughSieveAndComeBack() throws Exception {
		Filters filters = new Filters(List.of("friend@good.test"), List.of("partner.test"), List.of("spam@bad.test"),
				List.of("bad.test"), false, false);
		connector.apply(new Change.SetFilters(TANAKA, DOMAIN, filters), null);
		assertEquals(filters, read().mailboxes().get(TANAKA).filters());
		connector.apply(new Change.CreateMailbox("noscript@abc.test", DOMAIN), "noscript-Pw1".toCharArray());
		assertEquals(Filters.none(), read().mailboxes().get("noscript@abc.test").filters());
	}

	@Test
	void enabledRetentionAndPasswordAreColumnsReadBack() throws Exception {
		String address = "columns@abc.test";
		connector.apply(new Change.CreateMailbox(address, DOMAIN), "columns-Pw1".toCharArray());
		assertEquals(Boolean.TRUE, read().mailboxes().get(address).get(Field.ENABLED));
		assertEquals(0, read().mailboxes().get(address).get(Field.RETENTION));

		connector.apply(new Change.SetEnabled(address, DOMAIN, false), null);
		connector.apply(new Change.SetRetention(address, DOMAIN, 30), null);
		MailboxState state = read().mailboxes().get(address);
		assertEquals(Boolean.FALSE, state.get(Field.ENABLED));
		assertEquals(30, state.get(Field.RETENTION));
		assertEquals("NO", imapLogin(address, "columns-Pw1"), "a disabled mailbox cannot log in");

		connector.apply(new Change.SetEnabled(address, DOMAIN, true), null);
		connector.apply(new Change.SetRetention(address, DOMAIN, 0), null);
		connector.apply(new Change.SetInitialPassword(address, DOMAIN, true), "columns-Pw2".toCharArray());
		assertEquals(null, sql("SELECT retention_days::text FROM mailbox WHERE address = ?", address));
		assertEquals("OK", imapLogin(address, "columns-Pw2"));
	}

	@Test
	void rejectSwitchesShareTheScriptWithTheLists() throws Exception {
		String address = "switches@abc.test";
		connector.apply(new Change.CreateMailbox(address, DOMAIN), "switches-Pw1".toCharArray());
		Filters lists = new Filters(List.of(), List.of(), List.of("one@bad.test"), List.of(), false, false);
		connector.apply(new Change.SetFilters(address, DOMAIN, lists), null);
		connector.apply(new Change.SetRejectVirus(address, DOMAIN, true), null);
		connector.apply(new Change.SetRejectSpam(address, DOMAIN, true), null);
		assertEquals(lists.withRejects(true, true), read().mailboxes().get(address).filters());

		connector.apply(new Change.SetFilters(address, DOMAIN, Filters.none()), null);
		MailboxState state = read().mailboxes().get(address);
		assertEquals(Filters.none().withRejects(true, true), state.filters(), "new lists keep the switches");
		connector.apply(new Change.SetRejectVirus(address, DOMAIN, false), null);
		assertEquals(Boolean.FALSE, read().mailboxes().get(address).get(Field.REJECT_VIRUS));
		assertEquals(Boolean.TRUE, read().mailboxes().get(address).get(Field.REJECT_SPAM));
	}

	@Test
	void aNewMailboxsChangesGoTogetherAsOneRequest() throws Exception {
		String address = "together@abc.test";
		Forwarding forwarding = new Forwarding(List.of("outside@remote.test"), true);
		Filters lists = new Filters(List.of("friend@good.test"), List.of(), List.of(), List.of("bad.test"), false, false);
		List<Change> changes = List.of(new Change.CreateMailbox(address, DOMAIN), new Change.SetQuota(address, DOMAIN, 300),
				new Change.SetForwarding(address, DOMAIN, forwarding, new Forwarding(List.of(), false)),
				new Change.SetFilters(address, DOMAIN, lists), new Change.SetRejectVirus(address, DOMAIN, true),
				new Change.SetRejectSpam(address, DOMAIN, true));
		assertEquals(changes.size(), connector.together(changes));
		assertEquals(0, connector.together(List.of(new Change.DeleteMailbox(address, DOMAIN))), "a deletion goes alone");

		connector.applyTogether(changes, "together-Pw1".toCharArray());
		MailboxState state = read().mailboxes().get(address);
		assertEquals(300, state.quotaMb());
		assertEquals(forwarding, state.forwarding());
		assertEquals(lists.withRejects(true, true), state.filters());
		assertEquals("OK", imapLogin(address, "together-Pw1"));
	}

	@Test
	void changesTogetherOfAMailboxThatIsThereKeepWhatItsScriptHolds() throws Exception {
		String address = "kept@abc.test";
		connector.apply(new Change.CreateMailbox(address, DOMAIN), "kept-Pw1".toCharArray());
		Filters theirs = new Filters(List.of(), List.of(), List.of("theirs@bad.test"), List.of(), true, false);
		connector.apply(new Change.SetFilters(address, DOMAIN, theirs.listsOnly()), null);
		connector.apply(new Change.SetRejectVirus(address, DOMAIN, true), null);

		// a create sent again (a retry) does not make the mailbox new: its script is read before it is written
		connector.applyTogether(List.of(new Change.CreateMailbox(address, DOMAIN), new Change.SetQuota(address, DOMAIN, 100),
				new Change.SetRejectSpam(address, DOMAIN, true)), "kept-Pw2".toCharArray());
		assertEquals(theirs.withRejects(true, true), read().mailboxes().get(address).filters());
		assertEquals(100, read().mailboxes().get(address).quotaMb());
	}

	@Test
	void aMailboxCreatedAgainGetsTheScriptItsPlanSawNoneOfNotTheOldOne() throws Exception {
		String address = "again@abc.test";
		connector.apply(new Change.CreateMailbox(address, DOMAIN), "again-Pw1".toCharArray());
		connector.apply(new Change.SetRejectSpam(address, DOMAIN, true), null);
		connector.apply(new Change.DeleteMailbox(address, DOMAIN), null); // the rows go, Dovecot's files stay
		Filters lists = new Filters(List.of(), List.of("partner.test"), List.of(), List.of(), false, false);

		connector.applyTogether(List.of(new Change.CreateMailbox(address, DOMAIN), new Change.SetFilters(address, DOMAIN, lists)),
				"again-Pw2".toCharArray());
		assertEquals(lists, read().mailboxes().get(address).filters());
	}

		@Test
	void aScriptChangedOnTheServerIsSeenAsItStands() throws Exception {
		Filters ours = new Filters(List.of(), List.of(), List.of("one@bad.test"), List.of(), false, false);
		connector.apply(new Change.SetFilters(SATO, DOMAIN, ours), null);
		DovecotSettings settings = StackSettings.of(stack, "stack");
		try (ManageSieve sieve = ManageSieve.open(settings, SATO)) {
			String script = sieve.get(SieveScript.NAME);
			sieve.putAndActivate(SieveScript.NAME, script.replace("\"one@bad.test\"", "\"one@bad.test\", \"two@bad.test\""));
		}
		assertEquals(List.of("one@bad.test", "two@bad.test"), read().mailboxes().get(SATO).filters().denyAddresses());
	}

	@Test
	void aScriptTheServerRefusesNamesItsReasonAndTheOldOneStays() throws Exception {
		String address = "refused@abc.test";
		connector.apply(new Change.CreateMailbox(address, DOMAIN), "refused-Pw1".toCharArray());
		Filters ours = new Filters(List.of(), List.of(), List.of("kept@bad.test"), List.of(), false, false);
		connector.apply(new Change.SetFilters(address, DOMAIN, ours), null);
		DovecotSettings settings = StackSettings.of(stack, "stack");
		String before;
		try (ManageSieve sieve = ManageSieve.open(settings, address)) {
			before = sieve.get(SieveScript.NAME);
			String reason = sieve.put(SieveScript.NAME, "require [\"nonsense-extension\"];\nkeep;\n");
			assertNotNull(reason);
			assertTrue(reason.contains("nonsense-extension"), reason);
			assertEquals(before, sieve.get(SieveScript.NAME));
		}
		assertEquals(ours, read().mailboxes().get(address).filters());
	}

	/**
	 * A full read takes the usage from quota_usage, the row Dovecot's quota_clone writes on every change, in the same
	 * query as the mailbox rows; it equals Dovecot's own count (doveadm quotaGet) after mail is delivered and after
	 * some of it is expunged. A mailbox that never received mail has no row and has used nothing.
	 */
	@Test
	void quotaUsageReadThroughTheTableEqualsDoveadmsCount() throws Exception {
		String address = "usage@abc.test";
		connector.apply(new Change.CreateMailbox(address, DOMAIN), "usage-Pw1".toCharArray());
		assertEquals("0", sql("SELECT count(*)::text FROM quota_usage WHERE username = ?", address));
		assertEquals(0L, read().usedBytes().get(address));

		smtpFromOutside("friend@good.test", address, "big", ("x".repeat(98) + "\r\n").repeat(200));
		smtpFromOutside("friend@good.test", address, "small", "y".repeat(520));
		new StackMail(stack).awaitEmptyQueue();
		assertEquals("2", sql("SELECT messages::text FROM quota_usage WHERE username = ?", address), "quota_clone's row");
		Long delivered = read().usedBytes().get(address);
		assertTrue(delivered >= 20_000 && delivered < 40_000, "bytes in use: " + delivered);
		assertEquals(countedByDoveadm(address), delivered);

		MailStack.run(null, "doveadm", "-c", stack.dir().resolve("conf/dovecot/dovecot.conf").toString(), "expunge", "-u",
				address, "mailbox", "INBOX", "subject", "big");
		assertEquals("1", sql("SELECT messages::text FROM quota_usage WHERE username = ?", address), "quota_clone's row");
		Long left = read().usedBytes().get(address);
		assertTrue(left > 0 && left < 5_000, "bytes in use after the expunge: " + left);
		assertEquals(countedByDoveadm(address), left);
	}

	/**
	 * A server whose database has no quota_usage table: doveadm counts the usage. A table Dovecot does not keep
	 * (quota_clone off) would read as nothing used: a mailbox with mail but no row is an error naming the table.
	 */
	@Test
	void withoutTheUsageTableDoveadmCountsAndATableNotKeptIsNamed() throws Exception {
		String domain = "notkept.test";
		String address = "counted@" + domain;
		connector.apply(new Change.CreateDomain(domain), null);
		connector.apply(new Change.CreateMailbox(address, domain), "counted-Pw1".toCharArray());
		try {
			smtpFromOutside("friend@good.test", address, "kept", ("z".repeat(98) + "\r\n").repeat(50));
			new StackMail(stack).awaitEmptyQueue();
			long counted = countedByDoveadm(address);
			assertTrue(counted > 5_000, "bytes in use: " + counted);
			update("ALTER TABLE quota_usage RENAME TO quota_usage_away");
			try {
				assertEquals(counted, connector.read(Set.of(domain), new NullProgressMonitor()).usedBytes().get(address));
			} finally {
				update("ALTER TABLE quota_usage_away RENAME TO quota_usage");
			}

			update("DELETE FROM quota_usage WHERE username = ?", address);
			ConnectorException e = assertThrows(ConnectorException.class,
					() -> connector.read(Set.of(domain), new NullProgressMonitor()));
			assertEquals(Kind.REFUSED, e.kind());
			assertTrue(e.getMessage().contains("table quota_usage holds no quota usage of " + address), e.getMessage());
			assertTrue(e.getMessage(Locale.JAPANESE).contains("quota_clone プラグインがこのテーブルを更新していません"),
					e.getMessage(Locale.JAPANESE));
		} finally {
			connector.apply(new Change.DeleteMailbox(address, domain), null);
		}
	}

	/** Dovecot's own count of the mailbox's usage: doveadm quotaGet of that user alone. */
	private static long countedByDoveadm(String address) throws ConnectorException {
		DoveadmApi doveadm = new DoveadmApi(StackSettings.of(stack, "stack"));
		try {
			return doveadm.usedBytes(List.of(address), new NullProgressMonitor()).get(address);
		} finally {
			doveadm.close();
		}
	}

	/**
	 * Every mailbox read at once (scripts as files through doveadm, the usage of all users in one request) equals
	 * what is read mailbox by mailbox: each script over its own ManageSieve login, each usage by its own quotaGet.
	 * With a script a customer changed in webmail (Japanese in it), one the console wrote, one never written, one
	 * Dovecot cannot compile (written to its folder behind ManageSieve's check) and mail that takes up room.
	 */
	@Test
	void aFullRefreshReadsWhatTheReadPerMailboxReads() throws Exception {
		String domain = "refresh.test";
		List<String> mailboxes = List.of("written@" + domain, "changed@" + domain, "none@" + domain, "broken@" + domain,
				"full@" + domain);
		connector.apply(new Change.CreateDomain(domain), null);
		for (String address : mailboxes) {
			connector.apply(new Change.CreateMailbox(address, domain), "refresh-Pw1".toCharArray());
		}
		Filters written = new Filters(List.of("友人@例え.jp"), List.of("partner.test"), List.of(), List.of("bad.test"), true, false);
		connector.apply(new Change.SetFilters("written@" + domain, domain, written), null);
		connector.apply(new Change.SetRejectVirus("written@" + domain, domain, true), null);
		connector.apply(new Change.SetFilters("changed@" + domain, domain, written), null);
		DovecotSettings settings = StackSettings.of(stack, "stack");
		try (ManageSieve webmail = ManageSieve.open(settings, "changed@" + domain)) {
			webmail.putAndActivate(SieveScript.NAME, "# お客様が Web メールで変更\nrequire [\"reject\"];\n"
					+ "if address :all :is \"from\" [\"迷惑@例え.jp\"] { reject \"Refused by the recipient's deny list.\"; stop; }\nkeep;\n");
		}
		Path broken = stack.dir().resolve("mail/" + domain + "/broken/sieve");
		Files.createDirectories(broken);
		Files.writeString(broken.resolve(SieveScript.NAME + ".sieve"),
				"require [\"nonsense\"];\nif address :all :is \"from\" [\"x@bad.test\"] { keep; stop; }\nif {\n");
		MailStack.run(null, "chown", "-R", "8:8", stack.dir().resolve("mail/" + domain).toString());
		smtpFromOutside("friend@good.test", "full@" + domain, ("y".repeat(98) + "\r\n").repeat(100));
		new StackMail(stack).awaitEmptyQueue();

		ServerSnapshot refresh;
		try (DovecotConnector everyMailbox = new DovecotConnector(settings, 1)) {
			refresh = everyMailbox.read(Set.of(domain), new NullProgressMonitor());
		}
		DovecotSettings manageSieveOnly = new DovecotSettings(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword(),
				settings.manageSieveHost(), settings.manageSievePort(), settings.masterUser(), settings.masterPassword(), null,
				null, settings.pinSha256(), settings.timeout(), null);
		try (DovecotConnector perMailbox = new DovecotConnector(manageSieveOnly)) {
			for (String address : mailboxes) {
				assertEquals(perMailbox.readMailboxes(Set.of(address), new NullProgressMonitor()).mailboxes().get(address),
						refresh.mailboxes().get(address), address);
				assertEquals(connector.readMailboxes(Set.of(address), new NullProgressMonitor()).usedBytes().get(address),
						refresh.usedBytes().get(address), address);
			}
		}
		assertEquals(Set.copyOf(mailboxes), refresh.mailboxes().keySet());
		assertEquals(written.withRejects(true, false), refresh.mailboxes().get("written@" + domain).filters());
		assertEquals(List.of("迷惑@例え.jp"), refresh.mailboxes().get("changed@" + domain).filters().denyAddresses(), "drift");
		assertEquals(Filters.none(), refresh.mailboxes().get("none@" + domain).filters());
		assertEquals(List.of("x@bad.test"), refresh.mailboxes().get("broken@" + domain).filters().allowAddresses());
		assertTrue(refresh.usedBytes().get("full@" + domain) > 10_000, refresh.usedBytes()::toString);
	}

	/** A sieve-dir that leads nowhere would make every script look missing; the read says so instead. */
	@Test
	void aSieveDirThatMissesDovecotsScriptsIsNamed() throws Exception {
		DovecotSettings right = StackSettings.of(stack, "stack");
		DovecotSettings wrong = new DovecotSettings(right.jdbcUrl(), right.dbUser(), right.dbPassword(), right.manageSieveHost(),
				right.manageSievePort(), right.masterUser(), right.masterPassword(), right.doveadmUrl(), right.doveadmKey(),
				right.pinSha256(), right.timeout(), SieveDir.of("stack", stack.dir().resolve("elsewhere/%d/%n").toString()));
		connector.apply(new Change.SetFilters(SATO, DOMAIN, new Filters(List.of(), List.of("ok.test"), List.of(), List.of(),
				false, false)), null);
		try (DovecotConnector misled = new DovecotConnector(wrong)) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> misled.read(Set.of(DOMAIN), new NullProgressMonitor()));
			assertEquals(Kind.REFUSED, e.kind());
			assertTrue(e.getMessage().contains("sieve-dir " + stack.dir().resolve("elsewhere/%d/%n")), e.getMessage());
			assertTrue(e.getMessage(Locale.JAPANESE).contains("設定 sieve-dir"), e.getMessage(Locale.JAPANESE));
		}
	}

	@Test
	void aWrongDoveadmKeyIsUnauthorized() throws Exception {
		String secrets = new String(stack.serverSecrets()).replaceAll("DOVEADM=\\S+", "DOVEADM=wrong");
		try (Connector wrong = new DovecotConnectorFactory().open(stack.server("stack"), secrets.toCharArray())) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> wrong.read(Set.of(DOMAIN), new NullProgressMonitor()));
			assertEquals(Kind.UNAUTHORIZED, e.kind());
			assertTrue(e.getMessage().contains("doveadm"), e.getMessage());
			assertTrue(e.getMessage(Locale.JAPANESE).contains("API キーを拒否しました (HTTP 401)"),
					e.getMessage(Locale.JAPANESE));
		}
	}

	@Test
	void changesToAMissingMailboxAreRefused() {
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> connector.apply(new Change.SetQuota("nobody@abc.test", DOMAIN, 10), null));
		assertEquals(Kind.REFUSED, e.kind());
		assertTrue(e.getMessage().contains("nobody@abc.test"), e.getMessage());
	}

	@Test
	void aDeletedMailboxAndItsForwardsAreGone() throws Exception {
		String address = "gone@abc.test";
		connector.apply(new Change.CreateMailbox(address, DOMAIN), "gone-Pw1".toCharArray());
		connector.apply(new Change.SetForwarding(address, DOMAIN, new Forwarding(List.of(TANAKA), false),
				new Forwarding(List.of(), false)), null);
		assertNotNull(read().mailboxes().get(address));
		connector.apply(new Change.DeleteMailbox(address, DOMAIN), null);
		assertNull(read().mailboxes().get(address));
		assertEquals("0", sql("SELECT count(*)::text FROM alias WHERE address = ?", address));
		assertEquals("NO", imapLogin(address, "gone-Pw1"));
	}

	@Test
	void aWrongDatabasePasswordIsUnauthorizedAndADeadPortUnreachable() throws Exception {
		MailServer server = stack.server("stack");
		try (Connector wrong = new DovecotConnectorFactory().open(server, "DEFAULT=wrong".toCharArray())) {
			assertEquals(Kind.UNAUTHORIZED,
					assertThrows(ConnectorException.class, () -> wrong.read(Set.of(), new NullProgressMonitor())).kind());
		}
		server.setUrl("jdbc:postgresql://127.0.0.1:9/mailbox");
		try (Connector dead = new DovecotConnectorFactory().open(server, stack.serverSecrets())) {
			assertEquals(Kind.UNREACHABLE,
					assertThrows(ConnectorException.class, () -> dead.read(Set.of(), new NullProgressMonitor())).kind());
		}
	}

	private static ServerSnapshot read() throws ConnectorException {
		return connector.read(Set.of(DOMAIN), new NullProgressMonitor());
	}

	private static void smtpFromOutside(String from, String to, String body) throws Exception {
		smtpFromOutside(from, to, "usage", body);
	}

	/** Plain SMTP to the stack's inbound port, as mail from the internet arrives; expects 250 for the message. */
	private static void smtpFromOutside(String from, String to, String subject, String body) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", stack.port("SMTP_PORT"))) {
			socket.setSoTimeout(30_000);
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			OutputStream out = socket.getOutputStream();
			String[] steps = { null, "EHLO outside.test", "MAIL FROM:<" + from + ">", "RCPT TO:<" + to + ">", "DATA",
					"From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body + "\r\n.", "QUIT" };
			for (String step : steps) {
				if (step != null) {
					out.write((step + "\r\n").getBytes(StandardCharsets.UTF_8));
					out.flush();
				}
				String line;
				do {
					line = in.readLine();
				} while (line != null && line.length() > 3 && line.charAt(3) == '-');
				assertNotNull(line, "SMTP closed after " + step);
				assertTrue(line.startsWith("2") || line.startsWith("3"), step + " -> " + line);
			}
		}
	}

	/** IMAP LOGIN over IMAPS: "OK" or "NO". */
	private static String imapLogin(String user, String password) throws Exception {
		try (SSLSocket socket = (SSLSocket) TlsTrust.context(stack.get("SERVER_CERT_SHA256")).getSocketFactory()
				.createSocket("127.0.0.1", stack.port("IMAPS_PORT"))) {
			socket.setSoTimeout(30_000);
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			OutputStream out = socket.getOutputStream();
			in.readLine();
			out.write(("a LOGIN \"" + user + "\" \"" + password + "\"\r\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
			String line;
			while ((line = in.readLine()) != null && !line.startsWith("a ")) {
				// untagged lines before the answer
			}
			if (line == null) {
				throw new IOException("IMAPS closed the connection");
			}
			return line.split(" ")[1];
		}
	}

	/** A statement as the console's role (the tables' owner). */
	private static void update(String statement, String... parameters) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("user", stack.get("PG_USER"));
		properties.setProperty("password", stack.secret("DEFAULT"));
		try (Connection c = new Driver().connect(stack.get("JDBC_URL"), properties);
				PreparedStatement change = c.prepareStatement(statement)) {
			for (int i = 0; i < parameters.length; i++) {
				change.setString(i + 1, parameters[i]);
			}
			change.executeUpdate();
		}
	}

	private static String sql(String query, String parameter) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("user", stack.get("PG_USER"));
		properties.setProperty("password", stack.secret("DEFAULT"));
		try (Connection c = new Driver().connect(stack.get("JDBC_URL"), properties);
				PreparedStatement select = c.prepareStatement(query)) {
			select.setString(1, parameter);
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				return rows.getString(1);
			}
		}
	}
}
