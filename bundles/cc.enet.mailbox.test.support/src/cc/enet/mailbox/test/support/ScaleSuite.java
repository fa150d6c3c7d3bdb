package cc.enet.mailbox.test.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;

/**
 * The bulk paths at the size staff work at, against a real server, with the product's real secure storage and a
 * workspace on disk: 2,000 mailboxes in 100 domains with initial passwords. import (domain CSV and mailbox CSV) →
 * validate → plan → apply → plan again shows nothing → pull takes nothing → export → re-import changes nothing →
 * probe a sample domain the way customers' clients connect → publish every domain → audit verify. Each server's
 * test module runs it against its server; each step prints how long it took (figures, not assertions).
 */
public abstract class ScaleSuite {

	protected static final int DOMAINS = 100;
	protected static final int PER_DOMAIN = 20;
	private static final String PASSWORD_PREFIX = "Scale-Pa55-";
	/** As the command line prints it: a count in plain digits. */
	private static final String TOTAL = String.valueOf(DOMAINS * PER_DOMAIN);

	@TempDir
	protected Path dir;

	/** The connector of the server under test. */
	protected abstract ConnectorFactory connector();

	/** Adds the running server to the workspace as {@code name}, its secrets in {@code store}. */
	protected abstract void addServer(MailboxCli mailbox, Path workspace, CredentialStore store, String name) throws Exception;

	/** probe's --cacert and --connect-to options that reach the server's POP3S, IMAPS and SMTPS as "localhost". */
	protected abstract List<String> probeRoutes();

	@Test
	void twoThousandMailboxesTakeEveryBulkPathWithTheRealSecureStorage() throws Exception {
		CredentialStore store = SecureStorageCredentialStore.open(dir.resolve("home"));
		MailboxCli mailbox = new MailboxCli(store, connector());
		Path workspace = dir.resolve("ws");
		Path mailboxes = dir.resolve("mailboxes.csv");
		Path domains = dir.resolve("domains.csv");
		Files.writeString(mailboxes, mailboxCsv());
		Files.writeString(domains, domainCsv());
		Timer time = new Timer(getClass().getSimpleName());

		run(mailbox, 0, "import", mailboxes.toString(), "--into", workspace.toString());
		assertTrue(mailbox.out().contains(TOTAL + " created") && mailbox.out().contains(TOTAL + " passwords put in secure storage"),
				mailbox.out());
		run(mailbox, 0, "import", domains.toString(), "--into", workspace.toString());
		time.step("import 2,000 mailboxes with passwords and 100 domains");

		run(mailbox, 0, "validate", workspace.toString());
		assertTrue(mailbox.out().contains("0 errors"), mailbox.out());
		String findingsBefore = summary(mailbox.out());
		time.step("validate");

		addServer(mailbox, workspace, store, "scale");
		run(mailbox, 0, "plan", workspace.toString(), "--server", "scale");
		assertTrue(mailbox.out().contains("create    d099.scale.test (domain)"), mailbox.out());
		assertFalse(mailbox.out().contains("refused"), mailbox.out());
		time.step("plan");

		run(mailbox, 0, "apply", workspace.toString(), "--server", "scale");
		assertTrue(mailbox.out().contains(" 0 failed, 0 skipped, 0 not attempted"), mailbox.out());
		time.step("apply");

		run(mailbox, 0, "plan", workspace.toString(), "--server", "scale");
		assertTrue(mailbox.out().contains(": 0 changes, 0 conflicts, 0 unmanaged"), mailbox.out());
		time.step("plan again");
		run(mailbox, 0, "validate", workspace.toString());
		assertEquals(findingsBefore, summary(mailbox.out()), "the base states an apply records are no findings of their own");

		run(mailbox, 0, "pull", workspace.toString(), "--server", "scale");
		assertTrue(mailbox.out().contains("0 mailboxes took the values"), "the pull took nothing that differs: " + mailbox.out());
		time.step("pull");

		Path exported = dir.resolve("exported.csv");
		Path exportedDomains = dir.resolve("exported-domains.csv");
		run(mailbox, 0, "export", workspace.toString(), "--csv", exported.toString(), "--domains-csv", exportedDomains.toString());
		assertEquals(DOMAINS * PER_DOMAIN + 1, Files.readAllLines(exported).size());
		assertFalse(Files.readString(exported).contains(PASSWORD_PREFIX), "no password in the export");
		run(mailbox, 0, "import", exported.toString(), "--into", workspace.toString());
		assertTrue(mailbox.out().contains("0 created, 0 updated, " + TOTAL + " unchanged"), mailbox.out());
		run(mailbox, 0, "import", exportedDomains.toString(), "--into", workspace.toString());
		assertTrue(mailbox.out().contains("0 domains created, 0 updated, 100 unchanged"), mailbox.out());
		time.step("export and re-import");

		// the test servers' certificates name "localhost": the probed domain is told that host (a rule error, so only now)
		Path localhost = dir.resolve("localhost.csv");
		Files.writeString(localhost, "domain,pop3_host,imap_host,smtp_host\nd000.scale.test,localhost,localhost,localhost\n");
		mailbox.run("import", localhost.toString(), "--into", workspace.toString(), "--lang", "en");
		List<String> probe = new ArrayList<>(List.of("probe", workspace.toString(), "--domain", "d000.scale.test"));
		probe.addAll(probeRoutes());
		run(mailbox, 0, probe.toArray(String[]::new));
		assertTrue(mailbox.out().contains(PER_DOMAIN + " mailboxes:") && mailbox.out().contains(" 0 failed."), mailbox.out());
		time.step("probe 20 mailboxes (POP3S, IMAPS, SMTPS with a login each)");
		run(mailbox, 0, "import", domains.toString(), "--into", workspace.toString()); // the notified hosts again

		Path published = dir.resolve("published");
		run(mailbox, 0, "publish", workspace.toString(), "--out", published.toString());
		try (Stream<Path> folders = Files.list(published)) {
			assertEquals(DOMAINS, folders.filter(Files::isDirectory).count());
		}
		assertTrue(Files.exists(published.resolve("d042.scale.test/mail/config-v1.1.xml")));
		time.step("publish 100 domains");

		run(mailbox, 0, "audit", "verify", workspace.toString());
		time.step("audit verify");

		for (Path file : List.of(workspace.resolve("audit.log"), dir.resolve("home/secure_storage"))) {
			assertFalse(Files.readString(file).contains(PASSWORD_PREFIX), "no password in plain text in " + file);
		}
		time.total();
	}

	private static void run(MailboxCli mailbox, int expected, String... args) {
		List<String> withLanguage = new ArrayList<>(List.of(args));
		withLanguage.addAll(List.of("--lang", "en"));
		int code = mailbox.run(withLanguage.toArray(String[]::new));
		assertEquals(expected, code, String.join(" ", args) + "\n" + tail(mailbox.both()));
		assertFalse(mailbox.both().contains(PASSWORD_PREFIX), "no password in the output of " + args[0]);
	}

	/** The last line of validate: "0 errors, N warnings, 0 infos". */
	private static String summary(String validateOutput) {
		String[] lines = validateOutput.strip().split("\n");
		return lines[lines.length - 1];
	}

	private static String tail(String text) {
		return text.length() < 4000 ? text : "..." + text.substring(text.length() - 4000);
	}

	private static String mailboxCsv() {
		StringBuilder csv = new StringBuilder("address,display_name,quota_mb,forward_to,forward_keep_copy,deny_domains,password\n");
		for (int d = 0; d < DOMAINS; d++) {
			for (int u = 0; u < PER_DOMAIN; u++) {
				String domain = domain(d);
				csv.append(String.format(Locale.ROOT, "u%02d@%s,User %d-%d,%d,%s,%s,%s,%s%d-%d%n", u, domain, d, u,
						u % 3 == 0 ? 2048 : 1024,
						u % 10 == 5 ? "u00@" + domain : "", u % 10 == 5 ? "yes" : "no",
						u % 7 == 3 ? "spam" + d + ".example" : "", PASSWORD_PREFIX, d, u));
			}
		}
		return csv.toString();
	}

	private static String domainCsv() {
		StringBuilder csv = new StringBuilder("domain,pop3_host,imap_host,smtp_host\n");
		for (int d = 0; d < DOMAINS; d++) {
			csv.append(domain(d)).append(",pop3.scale.example,imap.scale.example,smtp.scale.example\n");
		}
		return csv.toString();
	}

	private static String domain(int d) {
		return String.format(Locale.ROOT, "d%03d.scale.test", d);
	}

	/** Prints each step's time; the closing notes quote these lines. */
	private static final class Timer {
		private final String suite;
		private final long start = System.nanoTime();
		private long last = start;

		Timer(String suite) {
			this.suite = suite;
		}

		void step(String what) {
			long now = System.nanoTime();
			System.out.printf(Locale.ROOT, "[scale] %s: %s: %.1f s%n", suite, what, (now - last) / 1e9);
			last = now;
		}

		void total() {
			System.out.printf(Locale.ROOT, "[scale] %s: total: %.1f s%n", suite, (System.nanoTime() - start) / 1e9);
		}
	}
}
