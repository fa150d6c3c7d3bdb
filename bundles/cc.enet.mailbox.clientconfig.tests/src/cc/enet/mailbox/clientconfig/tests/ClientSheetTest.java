package cc.enet.mailbox.clientconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Retention;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.clientconfig.SetupGate;
import cc.enet.mailbox.clientconfig.SetupSheet;

/**
 * A sheet made for one mail client: that client's own labels (the guide's where the guide gives them, else its current
 * version's, named on the sheet) and the guide's notes on it, read back from the PDF's text in both languages; no
 * other client's labels; and the sheet for any client as it was.
 */
class ClientSheetTest {

	final SetupFixture fixture = new SetupFixture();

	/** What each client's sheet must say, Japanese: the labels and the guide's notes. */
	static final Map<MailClient, List<String>> JAPANESE = new EnumMap<>(Map.of(
			MailClient.THUNDERBIRD, List.of("Thunderbird 128 での設定", "「接続の保護」は「SSL/TLS」", "「認証方式」を「通常の認証方式」",
					"Thunderbird 128 の表記は「通常のパスワード認証」", "「ダウンロード後もサーバーにメッセージを残す」",
					"「ダウンロードしてから 14 日以上経過したメッセージは削除する」", "「HTML 形式でメッセージを編集する」",
					"「新着メッセージがないか起動時に確認する」",
					"Thunderbirdでは「認証方式」を「通常の認証方式」にします",
					"htmlを送信して常時接続するようになっていて、これもトラブルのもとです",
					"送信メールはテキスト形式に、常時接続はせずに手動で必要なときだけ接続するように変更してください"),
			MailClient.OUTLOOK, List.of("Outlook 2021 での設定", "「このサーバーでは暗号化された接続 (SSL/TLS) が必要」",
					"「セキュリティで保護されたパスワード認証 (SPA) でのログオンが必要」はチェックしません",
					"「送信サーバー (SMTP) は認証が必要」", "「サーバーにメッセージコピーを置く」と「x日後にサーバーから削除する」をチェックし、日数は 14 日",
					"ガイドの Outlook 2013 の例の表記",
					"Outlookや古いOutlook Expressは独自仕様部分があったり、設定が分かりにくいため、本来、使用そのものをお勧めしていません"),
			MailClient.WINDOWS_MAIL, List.of("Windows Live Mail 2012 での設定",
					"「このサーバーはセキュリティで保護された接続 (SSL) が必要」", "「クリアテキスト認証を使用してログオンする」を選びます",
					"「このサーバーは認証が必要」", "「サーバーにメッセージのコピーを置く」と「サーバーから削除する」をチェックし、日数は 14 日後",
					"Windows Live Mail では「クリアテキスト認証を使用してログオンする」を選びます"),
			MailClient.APPLE, List.of("Apple メール(macOS 15、iOS 18)での設定", "「接続設定を自動的に管理」", "「TLS/SSLを使用」",
					"「SSLを使用」", "「認証」は「パスワード」", "「メッセージ受信後にサーバからコピーを削除」", "14 日まで",
					"iPhoneやほとんどのAndroidスマホなどもSSL接続が基本になっています"),
			MailClient.EDMAX, List.of("EdMax での設定", "「受信サーバー種別」は「POP3S」", "「CRAM-MD5で認証」はチェックしないでください",
					"「SMTPサーバーは認証が必要」", "EdMaxは、シェアウェア版 Ver3.10 以上、またはフリー版 Ver2.86.1F以上が必要です",
					"EdMaxなど一部のメールソフトではSSL接続する場合は「POP3S」としているものもあります",
					"EdMaxフリー版などではこれを選ぶことによって接続できたという報告もあるので、ソフトによって違いがあるようです")));

	static final Map<MailClient, List<String>> ENGLISH = new EnumMap<>(Map.of(
			MailClient.THUNDERBIRD, List.of("Setting up Thunderbird 128", "\"Connection security\" \"SSL/TLS\"",
					"\"Authentication method\" \"Normal password\"", "\"Leave messages on server\" and \"For at most 14 days\"",
					"\"Compose messages in HTML format\"", "\"Check for new messages at startup\"",
					"sends HTML and stays connected", "mail is sent as plain text and it connects only by hand when needed"),
			MailClient.OUTLOOK, List.of("Setting up Outlook 2021", "\"This server requires an encrypted connection (SSL/TLS)\"",
					"\"Require logon using Secure Password Authentication (SPA)\" unticked",
					"\"My outgoing server (SMTP) requires authentication\"", "\"Remove from server after 14 days\"",
					"Enet does not really recommend using them at all"),
			MailClient.WINDOWS_MAIL, List.of("Setting up Windows Live Mail 2012", "\"This server requires a secure connection (SSL)\"",
					"\"Log on using clear text authentication\"", "\"My server requires authentication\"",
					"\"Remove from server after 14 day(s)\""),
			MailClient.APPLE, List.of("Setting up Apple Mail (macOS 15, iOS 18)", "\"Automatically manage connection settings\"",
					"\"Use TLS/SSL\"", "\"Authentication\": \"Password\"", "\"Remove copy from server after retrieving a message\"",
					"on iPhones and most Android smartphones SSL is the norm"),
			MailClient.EDMAX, List.of("Setting up EdMax", "\"POP3S\"", "\"CRAM-MD5で認証\"", "\"SMTPサーバーは認証が必要\"",
					"shareware Ver 3.10 or later, or the free version Ver 2.86.1F or later",
					"choosing it was reported to connect")));

	/** Labels only that client's sheet has: none of them may appear on another client's sheet or on the any-client sheet. */
	static final Map<MailClient, List<String>> OWN_LABELS = new EnumMap<>(Map.of(
			MailClient.THUNDERBIRD, List.of("「接続の保護」", "通常のパスワード認証", "ダウンロード後もサーバーにメッセージを残す",
					"Connection security", "Leave messages on server", "Compose messages in HTML format"),
			MailClient.OUTLOOK, List.of("暗号化された接続 (SSL/TLS)", "(SPA)", "送信サーバー (SMTP) は認証が必要",
					"encrypted connection (SSL/TLS)", "(SPA)", "My outgoing server (SMTP) requires authentication"),
			MailClient.WINDOWS_MAIL, List.of("セキュリティで保護された接続 (SSL)", "クリアテキスト認証", "サーバーにメッセージのコピーを置く",
					"requires a secure connection (SSL)", "clear text authentication", "My server requires authentication"),
			MailClient.APPLE, List.of("TLS/SSLを使用", "接続設定を自動的に管理", "サーバからコピーを削除", "Use TLS/SSL",
					"Automatically manage connection settings", "Remove copy from server"),
			MailClient.EDMAX, List.of("POP3S", "受信サーバー種別", "CRAM-MD5で認証", "SMTPサーバーは認証が必要", "2.86.1F")));

	@Test
	void eachClientsSheetGivesItsOwnLabelsAndTheGuidesNotesOnItInJapanese() throws Exception {
		leaveFourteenDays();
		for (MailClient client : JAPANESE.keySet()) {
			String text = flat(SetupSheetTest.text(keep(sheet(Locale.JAPANESE, client), client.id() + "-ja")));
			for (String expected : JAPANESE.get(client)) {
				assertTrue(text.contains(flat(expected)), client + ": " + expected + " in:\n" + text);
			}
			assertNoOtherClientsLabels(client, text);
		}
	}

	@Test
	void eachClientsSheetGivesItsOwnLabelsAndTheGuidesNotesOnItInEnglish() throws Exception {
		leaveFourteenDays();
		for (MailClient client : ENGLISH.keySet()) {
			String text = flat(SetupSheetTest.text(keep(sheet(Locale.ENGLISH, client), client.id() + "-en")));
			for (String expected : ENGLISH.get(client)) {
				assertTrue(text.contains(flat(expected)), client + ": " + expected + " in:\n" + text);
			}
			assertFalse(text.contains(flat("での設定")), "no Japanese on the English sheet: " + text);
			assertNoOtherClientsLabels(client, text);
		}
	}

	@Test
	void theSheetForAnyClientNamesNoClientAndKeepsTheGuidesChooseBox() throws Exception {
		leaveFourteenDays();
		for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
			String text = flat(SetupSheetTest.text(sheet(locale, MailClient.ANY)));
			assertNoOtherClientsLabels(MailClient.ANY, text);
			for (String name : List.of("Thunderbird", "Outlook", "Windows Live Mail", "EdMax", "macOS")) {
				assertFalse(text.contains(flat(name)), name + " on the sheet for any client: " + text);
			}
			String choose = locale == Locale.JAPANESE ? "選ぶもの\u25cb送受信共にSSL接続にしてください" : "Choose\u25cbSSLforreceivingandforsending";
			assertTrue(text.contains(choose), text);
			String thunderbird = flat(SetupSheetTest.text(sheet(locale, MailClient.THUNDERBIRD)));
			assertFalse(thunderbird.contains(choose), "the client's steps take the place of the guide's box: " + thunderbird);
		}
	}

	@Test
	void theClientsStepsFollowTheMailboxsRetention() throws Exception {
		fixture.tanaka.setRetention(Retention.DELETE_AFTER_DOWNLOAD);
		String ja = flat(SetupSheetTest.text(sheet(Locale.JAPANESE, MailClient.OUTLOOK)));
		assertTrue(ja.contains(flat("「詳細設定」タブの「サーバーにメッセージコピーを置く」はチェックしません")), ja);
		assertFalse(ja.contains(flat("日数は")), ja);
		String en = flat(SetupSheetTest.text(sheet(Locale.ENGLISH, MailClient.THUNDERBIRD)));
		assertTrue(en.contains(flat("leave \"Leave messages on server\" unticked")), en);
	}

	@Test
	void appleMailOnTheMacChoosesAPeriodOfItsOwnPopUpMenu() throws Exception {
		leaveFourteenDays();
		String en = flat(SetupSheetTest.text(sheet(Locale.ENGLISH, MailClient.APPLE)));
		assertTrue(en.contains(flat("Mac: tick \"Remove copy from server after retrieving a message\" and choose a period no longer than that")), en);
		String ja = flat(SetupSheetTest.text(sheet(Locale.JAPANESE, MailClient.APPLE)));
		assertTrue(ja.contains(flat("「メッセージ受信後にサーバからコピーを削除」をチェックし、14 日を超えない期間を選びます")), ja);
		fixture.tanaka.setRetention(Retention.DELETE_AFTER_DOWNLOAD);
		en = flat(SetupSheetTest.text(sheet(Locale.ENGLISH, MailClient.APPLE)));
		assertTrue(en.contains(flat("\"Remove copy from server after retrieving a message\" and choose \"Right away\"")), en);
		assertFalse(en.contains(flat("\"Never\"")), en);
	}

	@Test
	void everyClientHasItsIdAndEveryTextInBothLanguages() throws Exception {
		assertEquals("thunderbird|outlook|windows-mail|apple|edmax|any", MailClient.ids());
		for (MailClient client : MailClient.values()) {
			assertEquals(client, MailClient.fromId(client.id()).orElseThrow());
			for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
				List<String> texts = new ArrayList<>(client.steps(locale, new SetupGate(fixture.workspace).forMailbox(fixture.tanaka)));
				texts.addAll(client.notes(locale));
				texts.add(client.title(locale));
				texts.add(client.source(locale));
				for (String text : texts) {
					assertFalse(text.contains("!client."), client + " " + locale + ": " + text);
				}
			}
		}
		assertTrue(MailClient.fromId("eudora").isEmpty());
	}

	private void assertNoOtherClientsLabels(MailClient client, String flatText) {
		for (Map.Entry<MailClient, List<String>> other : OWN_LABELS.entrySet()) {
			if (other.getKey() == client) {
				continue;
			}
			for (String label : other.getValue()) {
				assertFalse(flatText.contains(flat(label)),
						other.getKey() + "'s label " + label + " on the sheet for " + client + ":\n" + flatText);
			}
		}
	}

	private void leaveFourteenDays() {
		fixture.tanaka.setRetention(Retention.LEAVE_DAYS);
		fixture.tanaka.setRetentionDays(14);
	}

	private byte[] sheet(Locale locale, MailClient client) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new SetupSheet(new SetupGate(fixture.workspace).forMailbox(fixture.tanaka), locale, null, LocalDate.of(2026, 11, 29),
				client).write(out);
		return out.toByteArray();
	}

	/** Leaves each client's sheet in target/sheets for people to look at (pdftoppm -png). */
	private static byte[] keep(byte[] pdf, String name) throws Exception {
		Path review = Path.of("target", "sheets", "client-" + name + ".pdf");
		Files.createDirectories(review.getParent());
		Files.write(review, pdf);
		return pdf;
	}

	private static String flat(String text) {
		return text.replaceAll("\\s", "");
	}
}
