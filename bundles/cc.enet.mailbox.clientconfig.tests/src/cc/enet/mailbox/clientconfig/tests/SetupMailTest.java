package cc.enet.mailbox.clientconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.clientconfig.ServerSetting;
import cc.enet.mailbox.clientconfig.SetupContacts;
import cc.enet.mailbox.clientconfig.mail.MailClassLoader;
import cc.enet.mailbox.clientconfig.mail.SetupMail;
import cc.enet.mailbox.clientconfig.mail.SetupMailException;

/** The setup mail's content checks; sending and decoding are tested against James (SetupMailToJamesTest). */
class SetupMailTest {

	static final SetupContacts CONTACTS = new SetupContacts("さくら商事", "山本 一郎", "yamamoto@sakura-trading.co.jp",
			"Enet サポート窓口 support@enet.example", "https://enet.example/change-request");

	@Test
	void aJapaneseMailWithACharacterOutsideIso2022JpIsRefusedNamingIt() {
		for (String name : new String[] { "髙橋 一郎", "営業～本部", "ｻﾎﾟｰﾄ" }) {
			SetupContacts contacts = new SetupContacts("さくら商事", name, null, null, null);
			SetupMailException e = assertThrows(SetupMailException.class,
					() -> compose(setup("Tanaka", contacts), Locale.JAPANESE));
			assertEquals(SetupMailException.Kind.CONTENT, e.kind());
			assertTrue(e.getMessage().contains("ISO-2022-JP") && e.getMessage().contains("U+"), e.getMessage());
		}
	}

	@Test
	void theSameNameGoesOutInEnglishAsUtf8() throws Exception {
		SetupContacts contacts = new SetupContacts("さくら商事", "髙橋 一郎", null, null, null);
		assertEquals("Your mail setup: tanaka@sakura-trading.co.jp",
				compose(setup("Tanaka", contacts), Locale.ENGLISH).getSubject());
		assertEquals("メール設定のご案内: tanaka@sakura-trading.co.jp",
				compose(setup("田中 太郎〜", CONTACTS), Locale.JAPANESE).getSubject());
	}

	@Test
	void theJapaneseMailIsAddressedToTheCustomersContactAndCarriesTheGuidesWarnings() throws Exception {
		String body = body(compose(setup("髙橋 一郎", CONTACTS), Locale.JAPANESE));
		List<String> lines = body.lines().toList();
		assertEquals("さくら商事", lines.get(0));
		assertEquals("山本 一郎 様", lines.get(1));
		assertTrue(body.contains("いつもお世話になっております。"), body);
		assertFalse(body.contains("髙橋"), "the mailbox's sender name is not whom the mail is addressed to");
		String joined = body.replace("\n", "");
		for (String expected : List.of("ベーシック/スタンダードコースまたはスタンダードホスティングパックでのメール転送を絶対に設定しないでください",
				"ドメイン管理画面からは、URL転送のみ設定してください", "host設定やメール設定",
				"MX(メールサーバー)関連のZONE設定変更やDNS変更などをすると、現在御利用中のメールサービスが無効化されます",
				"「環境設定」をクリックし、「メール転送設定」タブ", "「設定する」ボタン", "「基本設定」タブの「送信文字エンコーディング」",
				"「ドメイン許可」で enet-corp.com enet.cc enetj.com を追加してください", "機能精度保証はしていません",
				"通常はメールソフトによるPOP3でのご利用をお勧めいたします", "今後ともよろしくお願い申し上げます。",
				"サポート窓口: Enet サポート窓口 support@enet.example",
				"POP3オプションの内容変更申請: https://enet.example/change-request")) {
			assertTrue(joined.contains(expected), expected + " in:\n" + body);
		}
		for (String line : lines.subList(0, lines.indexOf("--"))) {
			assertTrue(line.length() <= 40 || line.contains("http"), "a short line for a narrow window: " + line);
		}
	}

	@Test
	void withoutAContactNameTheMailIsAddressedToWhoeverIsInCharge() throws Exception {
		SetupContacts contacts = new SetupContacts("さくら商事", null, null, null, null);
		String body = body(compose(setup("Tanaka", contacts), Locale.JAPANESE));
		assertTrue(body.startsWith("さくら商事\nご担当者様\n"), body);
		assertFalse(body.contains("サポート窓口:"), "no support line the workspace did not give: " + body);
		String english = body(compose(setup("Tanaka", CONTACTS), Locale.ENGLISH));
		assertTrue(english.startsWith("Dear 山本 一郎,\n"), english);
		assertTrue(english.replace("\n", " ").contains("never set up mail forwarding of the basic/standard course"), english);
	}

	@Test
	void theMailNamesTheChosenClientsStepsAndEveryClientsWordsGoOutInIso2022Jp() throws Exception {
		String body = body(compose(setup("Tanaka", CONTACTS), Locale.JAPANESE, MailClient.WINDOWS_MAIL));
		for (String expected : List.of("■Windows Live Mail 2012 での設定", "1. 「アカウント」でこのアカウントを選び",
				"「クリアテキスト認証を使用してログオンする」を選びます", "「このサーバーはセキュリティで保護された接続 (SSL) が必要」",
				"■Windows Live Mail 2012 についてのガイドの注意")) {
			assertTrue(flat(body).contains(flat(expected)), expected + " in:\n" + body);
		}
		assertTrue(body.indexOf("■Windows Live Mail 2012 での設定") < body.indexOf("■ご注意ください"), body);
		String any = body(compose(setup("Tanaka", CONTACTS), Locale.JAPANESE));
		assertFalse(any.contains("での設定"), "the mail for any client names none: " + any);
		for (MailClient client : MailClient.values()) { // a character outside ISO-2022-JP would refuse the mail
			String text = flat(body(compose(setup("Tanaka", CONTACTS), Locale.JAPANESE, client)));
			for (String note : client.notes(Locale.JAPANESE)) {
				assertTrue(text.contains(flat(note)), client + ": " + note + " in:\n" + text);
			}
		}
		String english = flat(body(compose(setup("Tanaka", CONTACTS), Locale.ENGLISH, MailClient.EDMAX)));
		assertTrue(english.contains("SettingupEdMax") && english.contains("\"POP3S\""), english);
	}

	private static String flat(String text) {
		return text.replaceAll("\\s", "");
	}

	private static ClientSetup setup(String displayName, SetupContacts contacts) {
		return new ClientSetup("sakura-trading.co.jp", "tanaka@sakura-trading.co.jp", displayName,
				new ServerSetting(Protocol.POP3, "pop.sakura-trading.co.jp", 995), null,
				new ServerSetting(Protocol.SMTP, "smtp.sakura-trading.co.jp", 465), null, Retention.DELETE_AFTER_DOWNLOAD, 0,
				SendEncoding.ISO_2022_JP, List.of(), false, List.of(), List.of(), List.of(), List.of(), false, false,
				contacts);
	}

	/** Composes in memory; nothing is sent. */
	private static MimeMessage compose(ClientSetup setup, Locale locale) throws Exception {
		return MailClassLoader.call(() -> SetupMail.compose(Session.getInstance(new Properties()), setup, locale,
				"staff@enet.test", "contact@customer.test", new byte[] { '%', 'P', 'D', 'F' }));
	}

	private static MimeMessage compose(ClientSetup setup, Locale locale, MailClient client) throws Exception {
		return MailClassLoader.call(() -> SetupMail.compose(Session.getInstance(new Properties()), setup, locale, client,
				"staff@enet.test", "contact@customer.test", new byte[] { '%', 'P', 'D', 'F' }));
	}

	/** The text part, decoded from its charset as a mail client would. */
	private static String body(MimeMessage message) throws Exception {
		return MailClassLoader.call(() -> {
			MimeMultipart multipart = (MimeMultipart) message.getContent();
			var part = multipart.getBodyPart(0);
			String type = part.getContentType();
			String charset = type.substring(type.indexOf("charset=") + 8).replace("\"", "").strip();
			ByteArrayOutputStream raw = new ByteArrayOutputStream();
			part.getInputStream().transferTo(raw);
			return raw.toString(Charset.forName(charset));
		});
	}
}
