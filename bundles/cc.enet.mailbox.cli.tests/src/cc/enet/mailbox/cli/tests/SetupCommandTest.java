package cc.enet.mailbox.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/** mailbox setup and mailbox publish, run in-process on a workspace saved to disk. */
class SetupCommandTest extends SetupWorkspace {

	static final String PASSWORD = "Init-Pass-42";

	@Test
	void theSheetIsJapaneseByDefaultAndEnglishWithLang() throws Exception {
		Path pdf = dir.resolve("sheet.pdf");
		assertEquals(0, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "sheet", "--out", pdf.toString()), mailbox.err());
		String text = pdfText(pdf);
		assertTrue(text.contains("メール設定のご案内"), text);
		assertTrue(text.contains("pop.sakura-trading.co.jp"), text);
		assertTrue(mailbox.out().contains(pdf.toString()), mailbox.out());

		assertEquals(0, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "sheet", "--out", pdf.toString(), "--lang", "en"));
		assertTrue(pdfText(pdf).contains("Mail Setup Sheet"));
		assertFalse(Files.exists(dir.resolve("sheet.pdf.writing")));
	}

	@Test
	void thePasswordIsOnTheSheetOnlyWithTheFlagAndWhenSecureStorageHoldsOne() throws Exception {
		Path pdf = dir.resolve("sheet.pdf");
		MailboxPasswords.of(mailbox.credentials, ws).store(ADDRESS, PASSWORD.toCharArray());
		assertEquals(0, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "sheet", "--out", pdf.toString()));
		assertFalse(pdfText(pdf).contains(PASSWORD));

		assertEquals(0, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "sheet", "--out", pdf.toString(), "--with-password", "--lang", "en"));
		assertTrue(pdfText(pdf).contains(PASSWORD));
		assertFalse(mailbox.out().contains(PASSWORD) || mailbox.err().contains(PASSWORD));
		assertTrue(mailbox.out().contains("WITH the initial password"), mailbox.out());

		MailboxPasswords.of(mailbox.credentials, ws).remove(ADDRESS);
		assertEquals(0, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "sheet", "--out", pdf.toString(), "--with-password", "--lang", "en"));
		assertFalse(pdfText(pdf).contains(PASSWORD));
		assertTrue(mailbox.err().contains("Secure storage holds no initial password for " + ADDRESS), mailbox.err());
	}

	@Test
	void anErrorRuleRefusesTheFileWithTheFindingsAndExitOne() throws Exception {
		MailboxWorkspace workspace = WorkspaceStore.open(ws);
		endpoint(workspace.findDomain("sakura-trading.co.jp").orElseThrow(), Protocol.POP3).setTls(TlsMode.STARTTLS);
		WorkspaceStore.save(workspace);
		Path out = dir.resolve("config.xml");
		for (String format : new String[] { "thunderbird", "outlook", "apple", "sheet" }) {
			assertEquals(1, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", format, "--out", out.toString(), "--lang", "en"));
			assertTrue(mailbox.err().contains("error tls.starttls sakura-trading.co.jp endpoints[POP3].tls: "), mailbox.err());
			assertTrue(mailbox.err().contains("No setup file for " + ADDRESS), mailbox.err());
			assertFalse(Files.exists(out));
		}
	}

	@Test
	void anEmptyHostNameIsRefusedNamingTheDomainAndProtocol() throws Exception {
		MailboxWorkspace workspace = WorkspaceStore.open(ws);
		endpoint(workspace.findDomain("midori-clinic.jp").orElseThrow(), Protocol.SMTP).setHost("");
		WorkspaceStore.save(workspace);
		assertEquals(1, mailbox.run("setup", ws.toString(), "--mailbox", "uketsuke@midori-clinic.jp", "--format", "thunderbird", "--out", dir.resolve("c.xml").toString(), "--lang", "ja"));
		// the words are the rule's (endpoint.host) once it exists; the place and the protocol are always named
		assertTrue(mailbox.err().contains("endpoint.host midori-clinic.jp"), mailbox.err());
		assertTrue(mailbox.err().contains("SMTP"), mailbox.err());
		assertTrue(mailbox.err().contains("設定ファイルは作成できません"), mailbox.err());
	}

	@Test
	void everyFormatIsWrittenFromTheModel() throws Exception {
		Path xml = dir.resolve("config-v1.1.xml");
		assertEquals(0, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "thunderbird", "--out", xml.toString()));
		assertTrue(Files.readString(xml).contains("<hostname>pop.sakura-trading.co.jp</hostname>"));
		Path pox = dir.resolve("autodiscover.xml");
		assertEquals(0, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "outlook", "--out", pox.toString()));
		assertTrue(Files.readString(pox).contains("<LoginName>" + ADDRESS + "</LoginName>"));
		Path profile = dir.resolve("tanaka.mobileconfig");
		assertEquals(0, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "apple", "--out", profile.toString()));
		assertTrue(Files.readString(profile).contains("<string>com.apple.mail.managed</string>"));
	}

	@Test
	void theSheetForAChosenClientGivesThatClientsStepsInBothLanguages() throws Exception {
		Path pdf = dir.resolve("edmax.pdf");
		assertEquals(0, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "sheet", "--client", "edmax",
				"--out", pdf.toString()), mailbox.err());
		String ja = pdfText(pdf).replaceAll("\\s", "");
		assertTrue(ja.contains("EdMaxでの設定") && ja.contains("「受信サーバー種別」は「POP3S」"), ja);
		assertTrue(ja.contains("フリー版Ver2.86.1F以上が必要です"), ja);
		assertFalse(ja.contains("Thunderbird"), ja);
		assertEquals(0, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "sheet", "--client",
				"windows-mail", "--out", pdf.toString(), "--lang", "en"), mailbox.err());
		String en = pdfText(pdf).replaceAll("\\s", "");
		assertTrue(en.contains("SettingupWindowsLiveMail2012") && en.contains("\"Logonusingcleartextauthentication\""), en);
		assertFalse(en.contains("POP3S"), en);
	}

	@Test
	void anUnknownClientOrAClientForAnotherFormatIsBadUsageNamingTheChoices() {
		String out = dir.resolve("x.pdf").toString();
		assertEquals(2, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "sheet", "--client", "eudora",
				"--out", out, "--lang", "en"));
		assertTrue(mailbox.err().contains("eudora") && mailbox.err().contains("thunderbird|outlook|windows-mail|apple|edmax|any"),
				mailbox.err());
		assertEquals(2, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "outlook", "--client", "outlook",
				"--out", out, "--lang", "en"));
		assertTrue(mailbox.err().contains("--format sheet"), mailbox.err());
		assertFalse(Files.exists(Path.of(out)));
		assertEquals(2, mailbox.run("send-setup", ws.toString(), "--mailbox", ADDRESS, "--to", "contact@customer.test",
				"--client", "eudora", "--lang", "en"));
		assertTrue(mailbox.err().contains("Unknown mail client \"eudora\""), mailbox.err());
	}

	@Test
	void badUsageExitsWithTwo() {
		String out = dir.resolve("x").toString();
		assertEquals(2, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "eudora", "--out", out));
		assertEquals(2, mailbox.run("setup", ws.toString(), "--mailbox", "nobody@sakura-trading.co.jp", "--format", "sheet", "--out", out));
		assertTrue(mailbox.err().contains("nobody@sakura-trading.co.jp"));
		assertEquals(2, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "thunderbird", "--out", out, "--with-password"));
		assertEquals(2, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "sheet"));
		assertEquals(2, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "apple", "--out", out, "--sign-with", dir.resolve("none.p12").toString()));
		assertEquals(2, mailbox.run("publish", ws.toString()));
	}

	@Test
	void publishWritesBothAutoconfigPathsPerDomainAndReportsABrokenDomain() throws Exception {
		Path site = dir.resolve("site");
		assertEquals(0, mailbox.run("publish", ws.toString(), "--out", site.toString(), "--lang", "en"));
		for (String domain : new String[] { "sakura-trading.co.jp", "midori-clinic.jp" }) {
			assertTrue(Files.exists(site.resolve(domain + "/mail/config-v1.1.xml")), domain);
			assertTrue(Files.exists(site.resolve(domain + "/.well-known/autoconfig/mail/config-v1.1.xml")), domain);
		}
		assertTrue(mailbox.out().contains("2 domains published, 0 refused"), mailbox.out());

		MailboxWorkspace workspace = WorkspaceStore.open(ws);
		endpoint(workspace.findDomain("midori-clinic.jp").orElseThrow(), Protocol.POP3).setHost("");
		WorkspaceStore.save(workspace);
		Path other = dir.resolve("other");
		assertEquals(1, mailbox.run("publish", ws.toString(), "--out", other.toString(), "--lang", "en"));
		assertTrue(Files.exists(other.resolve("sakura-trading.co.jp/mail/config-v1.1.xml")));
		assertFalse(Files.exists(other.resolve("midori-clinic.jp")));
		assertTrue(mailbox.err().contains("endpoint.host midori-clinic.jp endpoints[POP3].host"), mailbox.err());
	}

	@Test
	void aSymlinkPlantedWhereATemporaryFileUsedToGoIsNeverFollowed() throws Exception {
		Path victim = Files.writeString(dir.resolve("someone-elses-file"), "theirs");
		Path pdf = dir.resolve("sheet.pdf");
		Files.createSymbolicLink(dir.resolve("sheet.pdf.writing"), victim);
		Path site = dir.resolve("site");
		Path config = site.resolve("sakura-trading.co.jp/mail/config-v1.1.xml");
		Files.createDirectories(config.getParent());
		Files.createSymbolicLink(config.resolveSibling("config-v1.1.xml.writing"), victim);
		Files.createSymbolicLink(dir.resolve("export.csv.writing"), victim);
		MailboxPasswords.of(mailbox.credentials, ws).store(ADDRESS, PASSWORD.toCharArray());

		assertEquals(0, mailbox.run("setup", ws.toString(), "--mailbox", ADDRESS, "--format", "sheet", "--out", pdf.toString(), "--with-password"), mailbox.err());
		assertEquals(0, mailbox.run("publish", ws.toString(), "--out", site.toString()), mailbox.err());
		assertEquals(0, mailbox.run("export", ws.toString(), "--csv", dir.resolve("export.csv").toString()), mailbox.err());

		assertEquals("theirs", Files.readString(victim));
		assertTrue(pdfText(pdf).contains(PASSWORD));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)), "a sheet with a password");
		assertTrue(Files.readString(config).contains("pop.sakura-trading.co.jp"));
		assertTrue(Files.readString(dir.resolve("export.csv")).contains(ADDRESS));
		try (var files = Files.walk(dir)) {
			assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".writing") && !Files.isSymbolicLink(f)).toList(),
					"no temporary file of ours is left");
		}
	}

	@Test
	void helpInEnglishAndJapanese() {
		assertEquals(0, mailbox.run("help", "setup", "--lang", "en"));
		assertTrue(mailbox.out().contains("thunderbird|outlook|apple|sheet"), mailbox.out());
		assertEquals(0, mailbox.run("publish", "--help", "--lang", "ja"));
		assertTrue(mailbox.out().contains("全ドメインについて"), mailbox.out());
		assertEquals(0, mailbox.run("--help", "--lang", "en"));
		assertTrue(mailbox.out().contains("publish WORKSPACE --out DIR"), mailbox.out());
	}

	private static String pdfText(Path pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}
}
