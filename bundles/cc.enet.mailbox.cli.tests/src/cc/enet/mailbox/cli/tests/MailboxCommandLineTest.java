package cc.enet.mailbox.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

class MailboxCommandLineTest {

	@TempDir
	Path dir;
	Path demo;
	final CommandLineRunner mailbox = new CommandLineRunner();

	@BeforeEach
	void demoWorkspace() throws Exception {
		demo = dir.resolve("demo");
		WorkspaceStore.save(DemoWorkspace.create(demo));
	}

	@Test
	void helpNamesEveryCommandAndTheExitCodes() {
		assertEquals(0, mailbox.run("--help"));
		for (String word : new String[] { "import", "export", "validate", "fix", "mailbox:validate", "Exit codes" }) {
			assertTrue(mailbox.out().contains(word), word);
		}
		assertEquals(0, mailbox.run("validate", "--help"));
		assertTrue(mailbox.out().contains("\"summary\":{\"errors\":N"), mailbox.out());
		assertTrue(mailbox.out().contains("address.invalid"));
		assertEquals(0, mailbox.run("help", "import"));
		assertTrue(mailbox.out().contains("forward_keep_copy"));
		assertEquals(0, mailbox.run("--help", "--lang", "ja"));
		assertTrue(mailbox.out().contains("終了コード"), mailbox.out());
	}

	@Test
	void badUsageExitsWithTwo() {
		assertEquals(2, mailbox.run());
		assertEquals(2, mailbox.run("frobnicate"));
		assertTrue(mailbox.err().contains("frobnicate"));
		assertEquals(2, mailbox.run("validate", demo.toString(), "--format", "xml"));
		assertEquals(2, mailbox.run("validate", demo.toString(), "--colour", "red"));
		assertEquals(2, mailbox.run("validate", dir.resolve("nowhere").toString()));
		assertTrue(mailbox.err().contains(dir.resolve("nowhere").toString()), mailbox.err());
		assertEquals(2, mailbox.run("fix", demo.toString(), "--rule", "no.such.rule"));
		assertEquals(2, mailbox.run("fix", demo.toString(), "--rule", "forward.loop"));
		assertTrue(mailbox.err().contains("forward.loop"));
	}

	@Test
	void validateReportsOneLinePerFindingAndExitsOneOnErrors() {
		assertEquals(1, mailbox.run("validate", demo.toString(), "--lang", "en"));
		assertTrue(mailbox.out().contains("error forward.loop studio@aozora-design.com forwarding.targets: Forwarding loop: "
				+ "studio@aozora-design.com → kimura@aozora-design.com → info@sakura-trading.co.jp → studio@aozora-design.com"),
				mailbox.out());
		assertTrue(mailbox.out().contains("error tls.starttls midori-clinic.jp endpoints[POP3].tls: "), mailbox.out());
		assertTrue(mailbox.out().lines().anyMatch(l -> l.matches("\\d+ errors, \\d+ warnings, \\d+ infos")), mailbox.out());

		assertEquals(1, mailbox.run("validate", demo.toString(), "--lang", "ja"));
		assertTrue(mailbox.out().contains("メール転送が無限ループになります"), mailbox.out());
	}

	@Test
	void jsonCarriesEveryFieldAndASummaryThatMatches() {
		assertEquals(1, mailbox.run("validate", demo.toString(), "--format", "json", "--lang", "en"));
		String json = mailbox.out();
		assertTrue(json.startsWith("{\"diagnostics\":["), json);
		assertTrue(json.contains("{\"rule\":\"domain.forwarding.conflict\",\"severity\":\"error\",\"mailbox\":null,"
				+ "\"domain\":\"aozora-design.com\",\"feature\":\"courseFreeForwarding\",\"message\":\""), json);
		int errors = count(json, "\"severity\":\"error\"");
		int warnings = count(json, "\"severity\":\"warning\"");
		int infos = count(json, "\"severity\":\"info\"");
		assertTrue(json.trim().endsWith("\"summary\":{\"errors\":" + errors + ",\"warnings\":" + warnings + ",\"infos\":" + infos + "}}"), json);
	}

	@Test
	void aCleanWorkspaceExitsZeroEvenWithWarnings() throws Exception {
		Path domains = dir.resolve("domains.csv");
		Files.writeString(domains, "domain,pop3_host,smtp_host\nabc.co.jp,pop3.hetemail.jp,smtp.hetemail.jp\n");
		Path csv = dir.resolve("ok.csv");
		Files.writeString(csv, "address,send_encoding\nx@abc.co.jp,UTF-8\n");
		Path ws = dir.resolve("ws");
		assertEquals(0, mailbox.run("import", domains.toString(), "--into", ws.toString()));
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", ws.toString()));
		assertEquals(0, mailbox.run("validate", ws.toString()));
		assertTrue(mailbox.out().contains("warning encoding.utf8 x@abc.co.jp sendEncoding"), mailbox.out());
	}

	/** A domain made from a mailbox CSV has no POP3 or SMTP host: Enet notifies them, the console never guesses. */
	@Test
	void aDomainMadeByAMailboxImportHasNoGuessedHosts() throws Exception {
		Path csv = dir.resolve("new.csv");
		Files.writeString(csv, "address\nx@abc.co.jp\n");
		Path ws = dir.resolve("ws");
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", ws.toString(), "--lang", "en"));
		assertEquals(1, mailbox.run("validate", ws.toString(), "--lang", "en"));
		assertTrue(mailbox.out().contains("error endpoint.host abc.co.jp endpoints[POP3].host: The POP3 server of abc.co.jp has no host name"),
				mailbox.out());
		assertTrue(mailbox.out().contains("error endpoint.host abc.co.jp endpoints[SMTP].host"), mailbox.out());
		assertFalse(mailbox.out().contains("IMAP server has no host"), "IMAP starts on imap4.hetemail.jp");
		assertFalse(Files.readString(ws.resolve("customers/abc.co.jp.xmi")).contains("pop.abc.co.jp"));
	}

	@Test
	void hostsListMakesAGuessedHostAWarning() throws Exception {
		assertEquals(0, mailbox.run("hosts", demo.toString(), "list"));
		assertEquals(List.of("pop3.enet-demo.example", "imap4.hetemail.jp", "smtp.enet-demo.example"),
				mailbox.out().lines().toList());
		mailbox.run("validate", demo.toString(), "--lang", "en");
		assertTrue(mailbox.out().contains("warning endpoint.host aozora-design.com endpoints[SMTP].host: The SMTP server "
				+ "\"smtp.aozora-design.com\" is not one of Enet's server host names"), mailbox.out());

		assertEquals(0, mailbox.run("hosts", demo.toString(), "add", "SMTP.Aozora-Design.com"));
		mailbox.run("validate", demo.toString(), "--lang", "en");
		assertFalse(mailbox.out().contains("endpoint.host"), mailbox.out());

		assertEquals(0, mailbox.run("hosts", demo.toString(), "remove", "smtp.aozora-design.com", "pop3.enet-demo.example",
				"imap4.hetemail.jp", "smtp.enet-demo.example"));
		assertEquals(0, mailbox.run("hosts", demo.toString(), "list"));
		assertEquals("", mailbox.out());
		mailbox.run("validate", demo.toString(), "--lang", "en");
		assertFalse(mailbox.out().contains("endpoint.host"), "an empty list questions no host: " + mailbox.out());

		assertEquals(2, mailbox.run("hosts", demo.toString(), "add", "not a host"));
		assertTrue(mailbox.err().contains("\"not a host\" is not a host name"), mailbox.err());
		assertEquals(2, mailbox.run("hosts", demo.toString(), "remove", "never.added.jp"));
		assertEquals(2, mailbox.run("hosts", demo.toString(), "rename"));
	}

	@Test
	void domainCsvRoundTripsAndReportsEveryBadCellWithItsPlace() throws Exception {
		Path out = dir.resolve("domains.csv");
		assertEquals(0, mailbox.run("export", demo.toString(), "--domains-csv", out.toString(), "--lang", "en"));
		assertTrue(mailbox.out().contains("3 domains written to"), mailbox.out());
		String text = Files.readString(out, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("\uFEFFdomain,customer,course,mail_option,course_free_forwarding,dns_external,pop3_host,"),
				text);
		assertTrue(text.contains("midori-clinic.jp,midori-clinic,basic,pop3-type-b,no,no,pop3.enet-demo.example,110,starttls,normal,"),
				text);
		String before = Files.readString(demo.resolve("customers/midori-clinic.xmi"));
		assertEquals(0, mailbox.run("import", out.toString(), "--into", demo.toString(), "--lang", "en"));
		assertTrue(mailbox.out().startsWith("0 domains created, 0 updated, 3 unchanged"), mailbox.out());
		assertEquals(before, Files.readString(demo.resolve("customers/midori-clinic.xmi")));

		Path change = dir.resolve("change.csv");
		Files.writeString(change, "Domain,POP3_TLS,pop3_port,Course,smtp_auth_method\n"
				+ "midori-clinic.jp,SSL,995,Standard_Hosting-Pack,CRAM-MD5\nnew-customer.jp,,,other,\n");
		assertEquals(0, mailbox.run("import", change.toString(), "--into", demo.toString(), "--lang", "en"));
		assertTrue(mailbox.out().startsWith("1 domains created, 1 updated, 0 unchanged"), mailbox.out());
		mailbox.run("validate", demo.toString(), "--lang", "en");
		assertFalse(mailbox.out().contains("tls.starttls midori-clinic.jp"), mailbox.out());
		assertTrue(mailbox.out().contains("error auth.method midori-clinic.jp endpoints[SMTP].authentication"), mailbox.out());
		assertTrue(mailbox.out().contains("error endpoint.host new-customer.jp endpoints[POP3].host"), mailbox.out());

		Path bad = dir.resolve("bad.csv");
		Files.writeString(bad, "domain,pop3_tls,imap_port,course,customer\nmidori-clinic.jp,tls,99999,gold,other-customer\n"
				+ "bad_domain,,,,\n");
		String saved = Files.readString(demo.resolve("customers/midori-clinic.xmi"));
		assertEquals(2, mailbox.run("import", bad.toString(), "--into", demo.toString(), "--lang", "en"));
		assertTrue(mailbox.err().contains(bad + ":2: pop3_tls: \"tls\" is not one of ssl, starttls, none"), mailbox.err());
		assertTrue(mailbox.err().contains(bad + ":2: imap_port: \"99999\" is not one of 1-65535"), mailbox.err());
		assertTrue(mailbox.err().contains(bad + ":2: course: \"gold\" is not one of basic, standard, standard-hosting-pack, other"),
				mailbox.err());
		assertTrue(mailbox.err().contains(bad + ":3: domain: \"bad_domain\" is not a domain name"), mailbox.err());
		assertEquals(saved, Files.readString(demo.resolve("customers/midori-clinic.xmi")), "nothing changed");

		Path moved = dir.resolve("moved.csv");
		Files.writeString(moved, "domain,customer\nmidori-clinic.jp,sakura-trading\n");
		assertEquals(2, mailbox.run("import", moved.toString(), "--into", demo.toString(), "--lang", "ja"));
		assertTrue(mailbox.err().contains(moved + ":2: customer: midori-clinic.jp は顧客 midori-clinic のドメインです"),
				mailbox.err());
	}

	@Test
	void importReportsCountsAndARefusedImportNamesEveryRow() throws Exception {
		Path csv = dir.resolve("m.csv");
		Files.writeString(csv, "address,display_name,password\nnew@sakura-trading.co.jp,New,Secret-1\n"
				+ "tanaka@sakura-trading.co.jp,田中 太郎,\n");
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", demo.toString(), "--lang", "en"));
		assertTrue(mailbox.out().startsWith("1 created, 0 updated, 1 unchanged (0 new domains, 1 passwords put in secure storage)"),
				mailbox.out());
		assertEquals("Secret-1", new String(MailboxPasswords.of(mailbox.credentials, demo).load("new@sakura-trading.co.jp").orElseThrow()));
		assertFalse(mailbox.out().contains("Secret-1"));

		var before = Files.readString(demo.resolve("customers/sakura-trading.xmi"));
		Path bad = dir.resolve("bad.csv");
		Files.writeString(bad, "address,quota_mb\nok@sakura-trading.co.jp,1\nbad@sakura-trading.co.jp,many\n");
		assertEquals(2, mailbox.run("import", bad.toString(), "--into", demo.toString(), "--lang", "en"));
		assertTrue(mailbox.err().contains(bad + ":3: quota_mb: \"many\" is not a whole number of megabytes"), mailbox.err());
		assertTrue(mailbox.err().contains("nothing was changed"), mailbox.err());
		assertEquals(before, Files.readString(demo.resolve("customers/sakura-trading.xmi")));
	}

	@Test
	void exportWritesUtf8WithBomAndReimportsUnchanged() throws Exception {
		Path csv = dir.resolve("out.csv");
		assertEquals(0, mailbox.run("export", demo.toString(), "--csv", csv.toString()));
		byte[] bytes = Files.readAllBytes(csv);
		assertEquals((byte) 0xEF, bytes[0]);
		assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("髙橋 一郎"));
		assertEquals(0, mailbox.run("import", csv.toString(), "--into", demo.toString(), "--lang", "en"));
		assertTrue(mailbox.out().startsWith("0 created, 0 updated, 28 unchanged"), mailbox.out());
	}

	@Test
	void fixAppliesTheQuickFixAndSaves() throws Exception {
		assertEquals(1, mailbox.run("fix", demo.toString(), "--rule", "tls.starttls", "--rule", "allowlist.enet", "--lang", "en"));
		assertTrue(mailbox.out().contains("midori-clinic.jp endpoints[POP3].tls: Use TLS from the start (SSL) on port 995 for POP3"),
				mailbox.out());
		assertTrue(mailbox.out().contains("office@midori-clinic.jp filters.allowDomains: Add enet-corp.com, enet.cc, enetj.com"),
				mailbox.out());
		mailbox.run("validate", demo.toString(), "--lang", "en");
		assertFalse(mailbox.out().contains("tls.starttls"), mailbox.out());
		assertFalse(mailbox.out().contains("port.mismatch"), mailbox.out());
		assertFalse(mailbox.out().contains("allowlist.enet"), mailbox.out());
		assertTrue(mailbox.out().contains("forward.loop"), "other rules stay reported");
	}

	private static int count(String text, String what) {
		Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}
}
