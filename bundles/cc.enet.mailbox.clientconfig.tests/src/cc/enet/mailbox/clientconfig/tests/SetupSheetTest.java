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
				"SSL接続", "通常のパスワード認証", "SMTP認証", "選ばないでください", "STARTTLS", "CRAM-MD5", "APOP", "NTLM",
				"Kerberos", "サーバーにコピーを残し、14 日後にサーバーから削除します。", "2,048 MB", "ISO-2022-JP",
				"転送設定", "転送先 suzuki@sakura-trading.co.jp", "転送後はサーバーにメールを残さない", "メール許可",
				"boss@partner.co.jp", "ドメイン許可", "enet-corp.com", "ドメイン拒否", "spam-example.com",
				"ウイルス・スパム拒否", "ウイルス: 拒否する", "スパム: 拒否しない", "https://enet.cc/webmail/",
				"別途お知らせしたパスワード" }) {
			assertTrue(text.contains(expected), expected + " in:\n" + text);
		}
	}

	@Test
	void theEnglishSheetSaysTheSameInEnglish() throws Exception {
		fixture.tanaka.setRetention(Retention.DELETE_AFTER_DOWNLOAD);
		fixture.tanaka.setSendEncoding(SendEncoding.UTF_8);
		String text = text(keep(sheet(Locale.ENGLISH, null), "setup-en"));
		for (String expected : new String[] { "Mail Setup Sheet", "tanaka@sakura-trading.co.jp", "田中 太郎",
				"POP3 (recommended)", "pop.sakura-trading.co.jp", "On (SSL/TLS)", "Normal password",
				"Never choose", "STARTTLS", "CRAM-MD5", "Delete mail from the server after receiving it", "UTF-8",
				"Forwarding", "https://enet.cc/webmail/", "the one notified to you separately" }) {
			assertTrue(text.contains(expected), expected + " in:\n" + text);
		}
		assertFalse(text.contains("メール設定"), text);
	}

	@Test
	void thePasswordIsPrintedOnlyWhenGiven() throws Exception {
		assertFalse(text(sheet(Locale.JAPANESE, null)).contains("Init-Pass-42"));
		String text = text(sheet(Locale.JAPANESE, "Init-Pass-42".toCharArray()));
		assertTrue(text.contains("Init-Pass-42"), text);
		assertFalse(text.contains("別途お知らせしたパスワード"));
	}

	@Test
	void onePageOfA4WithTheFontEmbeddedAsASubset() throws Exception {
		try (PDDocument document = Loader.loadPDF(keep(sheet(Locale.JAPANESE, null), "setup-ja"))) {
			assertEquals(1, document.getNumberOfPages());
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
