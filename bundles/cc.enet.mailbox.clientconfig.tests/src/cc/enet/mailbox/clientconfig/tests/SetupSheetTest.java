package cc.enet.mailbox.clientconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.clientconfig.SetupGate;
import cc.enet.mailbox.clientconfig.SetupSheet;

class SetupSheetTest {

	final SetupFixture fixture = new SetupFixture();

	@Test
	void theJapaneseSheetCarriesEveryFieldOfTheModelAsExtractableText() throws Exception {
		String text = text(sheet(Locale.JAPANESE, null));
		for (String expected : new String[] { "メール設定のご案内", "tanaka@sakura-trading.co.jp", "田中 太郎",
				"pop.sakura-trading.co.jp", "imap4.hetemail.jp", "smtp.sakura-trading.co.jp", "995", "993", "465",
				"SSL接続", "通常の認証方法", "ユーザー認証:必要", "選ばないでください", "STARTTLS", "CRAM-MD5", "APOP", "NTLM",
				"Kerberos", "「x日後にサーバーから削除する」: 14日", "2,048 MB", "ISO-2022-JP", "送信者の名前",
				"メール転送設定", "転送先 suzuki@sakura-trading.co.jp", "「メールをサーバーに残さない」", "メール許可",
				"boss@partner.co.jp", "ドメイン許可", "enet-corp.com", "ドメイン拒否", "spam-example.com",
				"ウイルス・スパム拒否", "ウイルス: 拒否する", "スパム: 拒否しない", "https://enet.cc/webmail/",
				"通知されたパスワード" }) {
			assertTrue(text.contains(expected), expected + " in:\n" + text);
		}
	}

	@Test
	void theEnglishSheetSaysTheSameInEnglish() throws Exception {
		fixture.tanaka.setRetention(Retention.DELETE_AFTER_DOWNLOAD);
		fixture.tanaka.setSendEncoding(SendEncoding.UTF_8);
		String text = text(keep(sheet(Locale.ENGLISH, null), "setup-en"));
		for (String expected : new String[] { "Mail Setup Sheet", "tanaka@sakura-trading.co.jp", "田中 太郎",
				"pop.sakura-trading.co.jp", "Normal password",
				"Do not choose", "STARTTLS", "CRAM-MD5", "Delete mail from the server after receiving it", "UTF-8",
				"Mail forwarding", "https://enet.cc/webmail/", "the password notified to you" }) {
			assertTrue(text.contains(expected), expected + " in:\n" + text);
		}
		assertFalse(text.contains("メール設定"), text);
	}

	@Test
	void thePasswordIsPrintedOnlyWhenGiven() throws Exception {
		assertFalse(text(sheet(Locale.JAPANESE, null)).contains("Init-Pass-42"));
		String text = text(sheet(Locale.JAPANESE, "Init-Pass-42".toCharArray()));
		assertTrue(text.contains("Init-Pass-42"), text);
		assertFalse(text.contains("通知されたパスワード"));
	}

	@Test
	void twoPagesOfA4WithTheFontEmbeddedAsASubset() throws Exception {
		try (PDDocument document = Loader.loadPDF(keep(sheet(Locale.JAPANESE, null), "setup-ja"))) {
			assertEquals(2, document.getNumberOfPages(), "the settings, then the webmail notes and the warnings");
			PDPage page = document.getPage(0);
			assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.5);
			assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.5);
			int fonts = 0;
			for (COSName name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertTrue(font.isEmbedded(), font.getName());
				assertTrue(font.getName().matches("[A-Z]{6}\\+IPAexGothic"), font.getName());
				fonts++;
			}
			assertEquals(1, fonts);
			assertEquals("ja", document.getDocumentCatalog().getLanguage());
		}
	}

	@Test
	void aDomainWithoutImapGetsNoImapRow() throws Exception {
		fixture.sakura.getEndpoints().remove(SetupFixture.endpoint(fixture.sakura, Protocol.IMAP));
		String text = text(sheet(Locale.ENGLISH, null));
		assertFalse(text.contains("imap4.hetemail.jp"), text);
		assertTrue(text.contains("POP3 (recommended)"));
	}

	@Test
	void manyFilterEntriesFlowOntoASecondPage() throws Exception {
		for (int i = 0; i < 400; i++) {
			fixture.tanaka.getFilters().getDenyAddresses().add("sender" + i + "@example" + i + ".com");
		}
		byte[] pdf = sheet(Locale.JAPANESE, null);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
		}
		String text = text(pdf);
		assertTrue(text.contains("sender399@example399.com"), text);
		assertTrue(text.contains("https://enet.cc/webmail/"));
	}

	@Test
	void noQuotaIsPrintedUnlessStaffSetOne() throws Exception {
		fixture.tanaka.unsetQuotaMb();
		String text = text(sheet(Locale.JAPANESE, null));
		assertFalse(text.contains("メールボックス容量") || text.contains(" MB"), "the server's default is not ours to state: " + text);
		assertFalse(text(sheet(Locale.ENGLISH, null)).contains("Mailbox size"));
		fixture.tanaka.setQuotaMb(500);
		assertTrue(text(sheet(Locale.JAPANESE, null)).contains("500 MB"));
	}

	@Test
	void onlyThePortsTheGuideNamesAndNoClaimThatSecureAuthenticationFails() throws Exception {
		String ja = flat(text(sheet(Locale.JAPANESE, null)));
		assertFalse(ja.contains("143"), "the guide names 110 and 25 only: " + ja);
		assertHas(ja, "標準のPOP3/SMTP用のポート(110番、25番)");
		assertHas(ja, "「保護された認証」(APOP/NTLM/CRAM-MD5/Kerberosなど)");
		assertHas(ja, "特殊な認証方式やパスワードの暗号化は選ばないでください");
		assertFalse(ja.contains("接続できません"), "the guide says do not choose it, not that it fails: " + ja);
		String en = text(sheet(Locale.ENGLISH, null));
		assertFalse(en.contains("143") || en.contains("fail"), en);
	}

	@Test
	void anUnconfirmedImapHostIsPrintedAsTheGuideGivesItWithWhereToCheck() throws Exception {
		String text = flat(text(sheet(Locale.JAPANESE, null)));
		assertHas(text, "imap4.hetemail.jp");
		assertHas(text, "(ほとんどの場合。下記参照)"); // the table cell's second line
		assertHas(text, "WEBメール画面にログイン後、「環境設定」⇒「基本設定」の中に記載されています");
		SetupFixture.endpoint(fixture.sakura, Protocol.IMAP).setHostConfirmed(true);
		text = flat(text(sheet(Locale.JAPANESE, null)));
		assertHas(text, "imap4.hetemail.jp");
		assertFalse(text.contains("ほとんどの場合") || text.contains("「環境設定」⇒「基本設定」"), text);
	}

	@Test
	void theGuidesWarningsAreOnTheSheetInBothLanguages() throws Exception {
		String ja = flat(text(keep(sheet(Locale.JAPANESE, null), "setup-ja-warnings")));
		for (String expected : new String[] { "【重要】ドメインの設定について",
				"ベーシック/スタンダードコースまたはスタンダードホスティングパックでのメール転送を絶対に設定しないでください",
				"自動的にメールサービスオプションが無効化され、戻せなくなります", "ドメイン管理画面からは、URL転送のみ設定してください",
				"host設定やメール設定", "変更しないでください", "ZONE設定変更やDNS変更などをすると、現在御利用中のメールサービスが無効化されます",
				"ご契約先のレンタルサーバー側で新たにメール関連の設定を行って", "「環境設定」をクリックし、「メール転送設定」タブ",
				"「設定する」ボタン", "「基本設定」タブの「送信文字エンコーディング」", "「ドメイン許可」で enet-corp.com enet.cc enetj.com を追加してください",
				"SPAMフィルターの設定もできますが、機能精度保証はしていません", "WEBメールはOSやブラウザに大きく依存するソフトです",
				"通常はメールソフトによるPOP3でのご利用をお勧めいたします" }) {
			assertHas(ja, expected);
		}
		String en = flat(text(sheet(Locale.ENGLISH, null)));
		for (String expected : new String[] { "never set up mail forwarding of the basic/standard course",
				"set only URL forwarding", "do not change them", "disables the mail service in use",
				"accuracy is not guaranteed", "Normally use POP3 with a mail client" }) {
			assertHas(en, expected);
		}
	}

	@Test
	void enetsSupportAndTheChangeRequestChannelArePrintedWhenTheWorkspaceNamesThem() throws Exception {
		assertFalse(text(sheet(Locale.JAPANESE, null)).contains("お問い合わせ"));
		fixture.workspace.setSupportContact("Enet サポート窓口 support@enet.example");
		fixture.workspace.setChangeRequest("https://enet.example/change-request");
		String text = flat(text(sheet(Locale.JAPANESE, null)));
		assertHas(text, "サポート窓口 Enet サポート窓口 support@enet.example");
		assertHas(text, "POP3オプションの内容変更申請はこちらからお願いします: https://enet.example/change-request");
	}

	/** Text without any white space: a sentence wrapped at any point reads whole again. */
	private static String flat(String text) {
		return text.replaceAll("\\s", "");
	}

	private static void assertHas(String flatText, String expected) {
		assertTrue(flatText.contains(flat(expected)), expected + " in:\n" + flatText);
	}

	private byte[] sheet(Locale locale, char[] password) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new SetupSheet(new SetupGate(fixture.workspace).forMailbox(fixture.tanaka), locale, password,
				LocalDate.of(2026, 11, 29)).write(out);
		return out.toByteArray();
	}

	/** Leaves the sheet in target/sheets for people to look at (e.g. pdftoppm -png). */
	private static byte[] keep(byte[] pdf, String name) throws Exception {
		Path review = Path.of("target", "sheets", name + ".pdf");
		Files.createDirectories(review.getParent());
		Files.write(review, pdf);
		return pdf;
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
	}
}
