package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.csv.CharsetDetector;
import cc.enet.mailbox.core.csv.CsvImportException;
import cc.enet.mailbox.core.csv.CsvImportOperation;
import cc.enet.mailbox.core.csv.CsvProblem;
import cc.enet.mailbox.core.csv.ImportReport;
import cc.enet.mailbox.core.csv.MailboxCsvExporter;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.EnetGuide;
import cc.enet.mailbox.rules.Validation;

class CsvImportTest {

	private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

	@TempDir
	Path dir;

	private final SessionCredentialStore credentials = new SessionCredentialStore();

	private Path csv(String text, Charset charset, boolean bom) throws Exception {
		Path file = dir.resolve("mailboxes.csv");
		byte[] body = text.getBytes(charset);
		if (bom) {
			byte[] withBom = new byte[body.length + 3];
			withBom[0] = (byte) 0xEF;
			withBom[1] = (byte) 0xBB;
			withBom[2] = (byte) 0xBF;
			System.arraycopy(body, 0, withBom, 3, body.length);
			body = withBom;
		}
		Files.write(file, body);
		return file;
	}

	private MailboxWorkspace workspace() {
		return WorkspaceStore.create(dir.resolve("ws"), "test");
	}

	@Test
	void readsUtf8WithAndWithoutBomAndShiftJisAlike() throws Exception {
		String text = "address,display_name\r\ntanaka@abc.co.jp,田中 太郎\r\nsato@abc.co.jp,佐藤 ﾊﾅｺ\r\n";
		for (Object[] variant : new Object[][] { { StandardCharsets.UTF_8, true }, { StandardCharsets.UTF_8, false },
				{ CharsetDetector.CP932, false } }) {
			// a folder each: a new workspace never overwrites one it did not read
			MailboxWorkspace workspace = WorkspaceStore.create(dir.resolve("ws-" + variant[0] + variant[1]), "test");
			CsvImportOperation.run(workspace, csv(text, (Charset) variant[0], (Boolean) variant[1]), null, credentials);
			assertEquals("田中 太郎", workspace.findMailbox("tanaka@abc.co.jp").orElseThrow().getDisplayName(),
					variant[0] + " bom=" + variant[1]);
			assertEquals("佐藤 ﾊﾅｺ", workspace.findMailbox("sato@abc.co.jp").orElseThrow().getDisplayName());
		}
	}

	@Test
	void detectsCp932CharactersThatPlainShiftJisLacks() throws Exception {
		// 髙 and ① exist in CP932 (what Excel writes) but not in JIS X 0208.
		MailboxWorkspace workspace = workspace();
		CsvImportOperation.run(workspace, csv("address,display_name\ntakahashi@abc.co.jp,髙橋①\n", CharsetDetector.CP932, false),
				null, credentials);
		assertEquals("髙橋①", workspace.findMailbox("takahashi@abc.co.jp").orElseThrow().getDisplayName());
	}

	@Test
	void aForcedCharsetWins() throws Exception {
		// Latin-1 bytes are not UTF-8; without --charset they would be read as CP932.
		MailboxWorkspace workspace = workspace();
		CsvImportOperation.run(workspace, csv("address,display_name\nx@abc.co.jp,Müller\n", StandardCharsets.ISO_8859_1, false),
				StandardCharsets.ISO_8859_1, credentials);
		assertEquals("Müller", workspace.findMailbox("x@abc.co.jp").orElseThrow().getDisplayName());
	}

	@Test
	void columnsInAnyOrderAndEveryField() throws Exception {
		MailboxWorkspace workspace = workspace();
		String text = "reject_spam,forward_to,address,quota_mb,send_encoding,retention,forward_keep_copy,allow_addresses,allow_domains,deny_addresses,deny_domains,reject_virus,display_name\n"
				+ "yes,b@abc.co.jp; c@xyz.jp ,a@abc.co.jp,2048,utf-8,leave:14,TRUE,boss@x.jp,enet.cc;enet-corp.com;enetj.com,spam@y.jp,bad.example,1,\"Suzuki, Ichiro\"\n";
		ImportReport report = CsvImportOperation.run(workspace, csv(text, StandardCharsets.UTF_8, false), null, credentials);

		assertEquals(new ImportReport(1, 0, 0, 1, 0), report);
		Mailbox a = workspace.findMailbox("a@abc.co.jp").orElseThrow();
		assertEquals("Suzuki, Ichiro", a.getDisplayName());
		assertEquals(2048, a.getQuotaMb());
		assertEquals(SendEncoding.UTF_8, a.getSendEncoding());
		assertEquals(Retention.LEAVE_DAYS, a.getRetention());
		assertEquals(14, a.getRetentionDays());
		assertEquals(List.of("b@abc.co.jp", "c@xyz.jp"), a.getForwarding().getTargets());
		assertTrue(a.getForwarding().isKeepCopy());
		assertEquals(List.of("boss@x.jp"), a.getFilters().getAllowAddresses());
		assertEquals(List.of("spam@y.jp"), a.getFilters().getDenyAddresses());
		assertEquals(List.of("bad.example"), a.getFilters().getDenyDomains());
		assertTrue(a.getFilters().isRejectVirus());
		assertTrue(a.getFilters().isRejectSpam());
	}

	@Test
	void missingColumnsTakeTheDomainDefaults() throws Exception {
		MailboxWorkspace workspace = workspace();
		CsvImportOperation.run(workspace, csv("address\nfirst@abc.co.jp\n", StandardCharsets.UTF_8, false), null, credentials);
		Domain domain = workspace.findDomain("abc.co.jp").orElseThrow();
		domain.getDefaults().setQuotaMb(500);
		domain.getDefaults().setRetention(Retention.LEAVE_DAYS);
		domain.getDefaults().setRetentionDays(7);

		CsvImportOperation.run(workspace, csv("address,display_name\nsecond@abc.co.jp,Second\n", StandardCharsets.UTF_8, false),
				null, credentials);

		Mailbox second = workspace.findMailbox("second@abc.co.jp").orElseThrow();
		assertEquals(500, second.getQuotaMb());
		assertEquals(Retention.LEAVE_DAYS, second.getRetention());
		assertEquals(7, second.getRetentionDays());
		assertEquals(EnetGuide.ENET_DOMAINS, second.getFilters().getAllowDomains());
	}

	@Test
	void mergesIntoExistingMailboxesAndCountsWhatChanged() throws Exception {
		MailboxWorkspace workspace = DemoWorkspace.create(dir.resolve("ws"));
		WorkspaceStore.save(workspace);
		String text = "address,quota_mb\n"
				+ "tanaka@sakura-trading.co.jp,\n" // an empty cell keeps what it has (no quota of its own)
				+ "suzuki@sakura-trading.co.jp,3000\n"
				+ "new@sakura-trading.co.jp,100\n"
				+ "someone@brand-new.jp,\n";
		ImportReport report = CsvImportOperation.run(workspace, csv(text, StandardCharsets.UTF_8, false), null, credentials);

		assertEquals(new ImportReport(2, 1, 1, 1, 0), report);
		assertEquals(3000, workspace.findMailbox("suzuki@sakura-trading.co.jp").orElseThrow().getQuotaMb());
		assertFalse(workspace.findMailbox("tanaka@sakura-trading.co.jp").orElseThrow().isSetQuotaMb(),
				"still the server's default");
		assertEquals("田中 太郎", workspace.findMailbox("tanaka@sakura-trading.co.jp").orElseThrow().getDisplayName(),
				"a column the file lacks stays as it was");
		Domain created = workspace.findDomain("brand-new.jp").orElseThrow();
		assertEquals("brand-new.jp", created.getCustomer().getId());
		assertEquals(3, created.getEndpoints().size());
		assertTrue(Files.exists(dir.resolve("ws/customers/brand-new.jp.xmi")));
	}

	@Test
	void everyBadRowIsReportedWithFileLineAndColumnAndNothingIsWritten() throws Exception {
		MailboxWorkspace workspace = DemoWorkspace.create(dir.resolve("ws"));
		WorkspaceStore.save(workspace);
		Map<String, String> before = FolderSnapshot.of(dir.resolve("ws"));
		String text = "address,quota_mb,send_encoding,retention,reject_spam\n"
				+ "ok@abc.co.jp,10,ISO-2022-JP,delete,no\n"
				+ "no-at-sign,10,,,\n"
				+ "b@abc.co.jp,ten,,,\n"
				+ "c@abc.co.jp,10,EUC-JP,,\n"
				+ "d@abc.co.jp,10,,sometimes,\n"
				+ "e@abc.co.jp,10,,,maybe\n"
				+ "f@abc.co.jp,10\n"
				+ "OK@abc.co.jp,10,,,\n";
		Path file = csv(text, StandardCharsets.UTF_8, false);

		CsvImportException e = assertThrows(CsvImportException.class,
				() -> CsvImportOperation.run(workspace, file, null, credentials));

		List<String> problems = e.problems().stream().map(CsvProblem::toString).toList();
		String f = file.toString();
		assertEquals(List.of(
				f + ":3: address: \"no-at-sign\" has no single '@' with a domain after it",
				f + ":4: quota_mb: \"ten\" is not a whole number of megabytes",
				f + ":5: send_encoding: \"EUC-JP\" is not ISO-2022-JP or UTF-8",
				f + ":6: retention: \"sometimes\" is not delete, leave:N or leave",
				f + ":7: reject_spam: \"maybe\" is not yes, no, true, false, 1 or 0",
				f + ":8: 2 fields, but the header has 5",
				f + ":9: address: also on line 2"), problems);
		assertEquals(before, FolderSnapshot.of(dir.resolve("ws")));
		assertTrue(workspace.findMailbox("ok@abc.co.jp").isEmpty(), "no row of a refused file enters the model");
		assertEquals(f + ":4: quota_mb: 「ten」は MB 単位の整数ではありません", e.problems().get(1).toString(Locale.JAPANESE));
		for (CsvProblem problem : e.problems()) {
			assertFalse(problem.reason(Locale.JAPANESE).equals(problem.reason()), "Japanese for " + problem.key());
			assertFalse(problem.reason(Locale.JAPANESE).startsWith("csv."), "no bare key for " + problem.key());
		}
	}

	@Test
	void headerProblemsNameTheColumn() throws Exception {
		Path file = csv("address,displayname,address\nx@abc.co.jp,a,b\n", StandardCharsets.UTF_8, false);
		CsvImportException e = assertThrows(CsvImportException.class,
				() -> CsvImportOperation.run(workspace(), file, null, credentials));
		assertEquals(2, e.problems().size());
		assertTrue(e.problems().get(0).toString().startsWith(file + ":1: displayname: unknown column"));
		assertEquals(file + ":1: address: column appears twice", e.problems().get(1).toString());

		Path noAddress = csv("display_name\nx\n", StandardCharsets.UTF_8, false);
		CsvImportException missing = assertThrows(CsvImportException.class,
				() -> CsvImportOperation.run(workspace(), noAddress, null, credentials));
		assertEquals(noAddress + ":1: address: required column is missing", missing.problems().get(0).toString());
	}

	@Test
	void aQuotedFieldOverSeveralLinesKeepsLineNumbersRight() throws Exception {
		String text = "address,display_name,quota_mb\n" + "a@abc.co.jp,\"two\nlines\",1\n" + "b@abc.co.jp,x,bad\n";
		CsvImportException e = assertThrows(CsvImportException.class,
				() -> CsvImportOperation.run(workspace(), csv(text, StandardCharsets.UTF_8, false), null, credentials));
		assertEquals(4, e.problems().get(0).line());

		Path unclosed = csv("address,display_name\na@abc.co.jp,\"never closed\n", StandardCharsets.UTF_8, false);
		CsvImportException open = assertThrows(CsvImportException.class,
				() -> CsvImportOperation.run(workspace(), unclosed, null, credentials));
		assertEquals(unclosed + ":2: a quoted field is never closed", open.problems().get(0).toString());
	}

	@Test
	void settingsThatBreakRulesAreDataNotSyntax() throws Exception {
		MailboxWorkspace workspace = workspace();
		String text = "address,forward_to,retention\n" + "a@abc.co.jp,b@abc.co.jp,leave\n" + "b@abc.co.jp,a@abc.co.jp,delete\n";
		ImportReport report = CsvImportOperation.run(workspace, csv(text, StandardCharsets.UTF_8, false), null, credentials);

		assertEquals(2, report.created());
		List<String> rules = new Validation().findings(workspace.root()).stream().map(f -> f.ruleId()).toList();
		assertTrue(rules.contains("forward.loop"), rules.toString());
		assertTrue(rules.contains("retention.unbounded"), rules.toString());
	}

	@Test
	void passwordsGoToTheCredentialStoreAndNowhereElse() throws Exception {
		MailboxWorkspace workspace = workspace();
		String secret = "S3cret-Pa55";
		ImportReport report = CsvImportOperation.run(workspace,
				csv("address,password\nTanaka@abc.co.jp," + secret + "\nsato@abc.co.jp,\n", StandardCharsets.UTF_8, false), null,
				credentials);

		assertEquals(1, report.passwordsStored());
		String scoped = "mailbox:" + workspace.folder() + "#tanaka@abc.co.jp";
		assertEquals(Set.of(scoped), credentials.accounts(), "kept for this workspace, not for the address alone");
		assertEquals(secret, new String(MailboxPasswords.of(credentials, workspace.folder()).load("tanaka@abc.co.jp").orElseThrow()));
		assertTrue(MailboxPasswords.of(credentials, dir.resolve("someone-elses")).load("tanaka@abc.co.jp").isEmpty(),
				"another workspace naming the same address gets nothing");
		FolderSnapshot.of(dir.resolve("ws")).forEach((file, content) -> assertFalse(content.contains(secret), file));
		StringWriter export = new StringWriter();
		MailboxCsvExporter.write(workspace.root(), export);
		assertFalse(export.toString().contains(secret));
		assertFalse(export.toString().contains("password"));
	}

	@Test
	void importOfAnExportChangesNothing() throws Exception {
		MailboxWorkspace workspace = DemoWorkspace.create(dir.resolve("ws"));
		WorkspaceStore.save(workspace);
		Map<String, String> before = FolderSnapshot.of(dir.resolve("ws"));
		StringWriter export = new StringWriter();
		int rows = MailboxCsvExporter.write(workspace.root(), export);

		ImportReport report = CsvImportOperation.run(workspace, csv(export.toString(), StandardCharsets.UTF_8, true), null,
				credentials);

		assertEquals(new ImportReport(0, 0, rows, 0, 0), report);
		assertEquals(before, FolderSnapshot.of(dir.resolve("ws")));
	}

	@Test
	void shiftJisExportReadsBack() throws Exception {
		MailboxWorkspace workspace = DemoWorkspace.create(dir.resolve("ws"));
		StringWriter export = new StringWriter();
		MailboxCsvExporter.write(workspace.root(), export);
		String withoutUnencodable = export.toString().replace("髙", "高");
		ImportReport report = CsvImportOperation.run(WorkspaceStore.create(dir.resolve("ws2"), "copy"),
				csv(withoutUnencodable, SHIFT_JIS, false), null, credentials);
		assertEquals(workspace.mailboxCount(), report.created());
	}
}
