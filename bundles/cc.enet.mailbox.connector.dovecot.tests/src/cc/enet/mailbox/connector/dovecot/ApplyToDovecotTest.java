package cc.enet.mailbox.connector.dovecot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.Driver;

import cc.enet.mailbox.core.credentials.ServerSecrets;
import cc.enet.mailbox.test.support.MailStack;
import cc.enet.mailbox.test.support.MailboxCli;
import cc.enet.mailbox.test.support.SharedServer;

/**
 * The model applied to the real mail stack through ./mailbox (in-process), with the server added by exactly the
 * stack's SERVER_ADD_ARGS and its SERVER_SECRETS as the secret: plan, apply, the rows and the Sieve script on the
 * server, drift in Sieve shown as a conflict, expunge. Read back, drift in SQL and pull as every connector must do
 * them: {@link DovecotContractTest}.
 * <p>The plan and the apply run once, before all; each test then looks at what they left, or changes a mailbox of
 * its own, so they pass in any order.
 */
class ApplyToDovecotTest {

	@RegisterExtension
	static final SharedServer<MailStack> STACK = SharedStack.STACK;

	private static final String PW = "Test-Pa55word";
	private static MailStack stack;
	private static Path workspace;
	private static final MailboxCli mailbox = new MailboxCli(new DovecotConnectorFactory());
	private static String planned;
	private static int applyExit;
	private static String applied;

	@BeforeAll
	static void startStackAndImport() throws Exception {
		stack = STACK.get();
		Path dir = Files.createTempDirectory("mailbox-apply-dovecot");
		workspace = dir.resolve("ws");
		Path csv = dir.resolve("m.csv");
		Files.writeString(csv, String.join("\n",
				"address,forward_to,forward_keep_copy,deny_addresses,deny_domains,quota_mb,password,retention",
				"tanaka@abc.test,,no,,,1024," + PW + ",",
				"sato@abc.test,tanaka@abc.test,no,,,1024," + PW + ",",
				"suzuki@abc.test,tanaka@abc.test,yes,,,1024," + PW + ",",
				"kato@abc.test,,no,spam@bad.test,evil.test,5," + PW + ",",
				"ito@abc.test,,no,,,1024," + PW + ",leave:30",
				"drift@abc.test,,no,spam@bad.test,,1024," + PW + ",") + "\n");
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", workspace.toString()), mailbox.both());
		mailbox.importNotifiedHosts(workspace, "abc.test");
		List<String> add = new ArrayList<>(List.of("server", "add", workspace.toString(), "stack"));
		add.addAll(List.of(stack.get("SERVER_ADD_ARGS").split(" ")));
		assertEquals(0, mailbox.run(add.toArray(String[]::new)), mailbox.both());
		// as `./mailbox server secret WS stack` and `... --key MANAGESIEVE`, `... --key DOVEADM` store them
		String url = stack.server("stack").getUrl();
		String pin = stack.server("stack").getPinnedCertificateSha256();
		ServerSecrets.store(mailbox.credentials, "stack", url, pin, stack.secret("DEFAULT").toCharArray());
		for (String key : List.of("MANAGESIEVE", "DOVEADM")) {
			ServerSecrets.store(mailbox.credentials, ServerSecrets.named("stack", key), url, pin, stack.secret(key).toCharArray());
		}
		assertEquals(0, mailbox.run("plan", workspace.toString(), "--server", "stack", "--lang", "en"), mailbox.both());
		planned = mailbox.out();
		applyExit = mailbox.run("apply", workspace.toString(), "--server", "stack", "--lang", "en");
		applied = mailbox.both();
	}

	@Test
	void planShowsEverythingToCreateAndApplyDoesIt() throws Exception {
		assertTrue(planned.contains("create    abc.test (domain)"), planned);
		assertTrue(planned.contains("create    kato@abc.test"), planned);
		assertTrue(planned.contains("update    kato@abc.test quota: - -> 5 MB"), planned);
		assertTrue(planned.contains("update    ito@abc.test retention: no limit -> 30 days"), planned);

		assertEquals(0, applyExit, applied);
		assertTrue(applied.contains(" 0 failed, 0 skipped, 0 not attempted"), applied);
		assertFalse(applied.contains(PW), "no password in the output");
		assertFalse(Files.readString(workspace.resolve("audit.log")).contains(PW), "no password in the audit log");
	}

	@Test
	void theServerKeepsTheSettingsItsKindDeclaresAndRefusesOthers() {
		assertEquals(0, mailbox.run("server", "list", workspace.toString()), mailbox.both());
		assertTrue(mailbox.out().contains(" --set managesieve=127.0.0.1:" + stack.get("MANAGESIEVE_PORT")), mailbox.out());
		assertEquals(2, mailbox.run("server", "add", workspace.toString(), "other", "--kind", "dovecot", "--url",
				stack.get("JDBC_URL"), "--set", "managesive=127.0.0.1:1", "--lang", "en"));
		assertTrue(mailbox.both().contains("Servers of kind dovecot take no setting \"managesive\"; they take: user, managesieve,"),
				mailbox.both());
	}

	@Test
	void theServerHoldsRowsAndAScript() throws Exception {
		assertEquals(List.of(String.valueOf(5L * 1024 * 1024)), sql("SELECT quota_bytes::text FROM mailbox WHERE address = 'kato@abc.test'"));
		assertEquals(List.of("tanaka@abc.test"), sql("SELECT target FROM alias WHERE address = 'sato@abc.test' ORDER BY 1"));
		assertEquals(List.of("suzuki@abc.test", "tanaka@abc.test"),
				sql("SELECT target FROM alias WHERE address = 'suzuki@abc.test' ORDER BY 1"));
		assertTrue(sql("SELECT password_hash FROM mailbox").stream().allMatch(h -> h.startsWith("{SHA512-CRYPT}$6$")));
		String script = script("kato@abc.test");
		assertTrue(script.contains("if address :all :is \"from\" [\"spam@bad.test\"] { reject"), script);
		assertTrue(script.contains("if address :domain :is \"from\" [\"evil.test\"] { reject"), script);
	}

	@Test
	void aSieveScriptChangedBehindTheConsolesBackIsAConflict() throws Exception {
		String edited = script("drift@abc.test").replace("[\"spam@bad.test\"]", "[\"spam@bad.test\", \"more@bad.test\"]");
		try (ManageSieve sieve = ManageSieve.open(settings(), "drift@abc.test")) {
			sieve.putAndActivate(SieveScript.NAME, edited);
		}
		assertEquals(0, mailbox.run("plan", workspace.toString(), "--server", "stack", "--lang", "en", "--refresh"), mailbox.both());
		assertTrue(mailbox.out().contains("conflict  drift@abc.test allow-deny"), mailbox.out());
		assertTrue(mailbox.out().contains("more@bad.test"), mailbox.out());
	}

	/**
	 * Mail really delivered (SMTPS, Postfix, LMTP) and partly downloaded over POP3S: expunge removes only what a client
	 * retrieved, once the retention has passed since. The server cannot be made to believe a download happened 31 days
	 * ago (Dovecot takes the time from the file's ctime, which nobody can set back), so the console's clock moves 31
	 * days ahead instead; what the server selects and removes is its own doing.
	 */
	@Test
	void expungeRemovesOnlyMailAClientRetrievedTheRetentionAgo() throws Exception {
		assertEquals(List.of("30"), sql("SELECT retention_days::text FROM mailbox WHERE address = 'ito@abc.test'"));
		StackMail mail = new StackMail(stack);
		for (String subject : List.of("read-1", "read-2", "never-read")) {
			mail.send("ito@abc.test", PW, "ito@abc.test", subject, "body of " + subject);
		}
		mail.send("kato@abc.test", PW, "kato@abc.test", "no-retention", "kept for ever");
		mail.awaitEmptyQueue();
		mail.retrieve("ito@abc.test", PW, Set.of("read-1", "read-2"));
		mail.retrieve("kato@abc.test", PW, Set.of("no-retention"));
		Path audit = workspace.resolve("audit.log");

		assertEquals(0, mailbox.run("expunge", workspace.toString(), "--server", "stack", "--lang", "en"), mailbox.both());
		assertTrue(mailbox.out().contains("Expunge on stack: 0 retrieved messages of 0 mailboxes to remove."), mailbox.out());
		assertEquals(3, mail.imap("ito@abc.test", PW).size(), "retrieved today: kept for 30 days");

		MailboxCli later = new MailboxCli(new DovecotConnectorFactory()).at(Clock.offset(Clock.systemUTC(), Duration.ofDays(31)));
		copySecrets(later);
		String logBefore = Files.readString(audit);
		assertEquals(0, later.run("expunge", workspace.toString(), "--server", "stack", "--dry-run", "--lang", "en"), later.both());
		assertTrue(later.out().contains("Expunge on stack: 2 retrieved messages of 1 mailboxes to remove."), later.out());
		assertTrue(later.out().contains("ito@abc.test: 2 messages retrieved 30 days ago or more"), later.out());
		assertTrue(later.out().contains("Dry run: nothing removed."), later.out());
		assertEquals(3, mail.imap("ito@abc.test", PW).size(), "a dry run removes nothing");
		assertEquals(logBefore, Files.readString(audit), "a dry run writes no audit line");

		assertEquals(0, later.run("expunge", workspace.toString(), "--server", "stack", "--lang", "ja"), later.both());
		assertTrue(later.out().contains("ito@abc.test: 2 通のメールを削除しました"), later.out());
		assertEquals(List.of("never-read"), mail.imap("ito@abc.test", PW), "mail no client retrieved stays, however old");
		assertEquals(List.of("no-retention"), mail.imap("kato@abc.test", PW), "a mailbox without retention keeps its mail");
		String log = Files.readString(audit).substring(logBefore.length());
		assertTrue(log.contains("\"event\":\"intent\"") && log.contains("expunge 2 retrieved messages of ito@abc.test retrieved before "),
				log);
		assertTrue(log.contains("\"result\":\"done\",\"message\":\"2 removed\""), log);
		assertEquals(0, mailbox.run("audit", "verify", workspace.toString(), "--lang", "en"), mailbox.both());
	}

	/** Another ./mailbox of the same user: the same secure storage. */
	private static void copySecrets(MailboxCli other) throws Exception {
		for (String account : mailbox.credentials.accounts()) {
			other.credentials.store(account, mailbox.credentials.load(account).orElseThrow());
		}
	}

	private static DovecotSettings settings() throws Exception {
		return StackSettings.of(stack, "stack");
	}

	private static String script(String mailbox) throws Exception {
		try (ManageSieve sieve = ManageSieve.open(settings(), mailbox)) {
			return sieve.get(SieveScript.NAME);
		}
	}

	/** One column of a query's rows, or nothing for an UPDATE. */
	private static List<String> sql(String statement) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("user", stack.get("PG_USER"));
		properties.setProperty("password", stack.secret("DEFAULT"));
		List<String> values = new ArrayList<>();
		try (Connection c = new Driver().connect(stack.get("JDBC_URL"), properties);
				PreparedStatement query = c.prepareStatement(statement)) {
			if (query.execute()) {
				try (ResultSet rows = query.getResultSet()) {
					while (rows.next()) {
						values.add(rows.getString(1));
					}
				}
			}
		}
		return values;
	}
}
