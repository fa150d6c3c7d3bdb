package cc.enet.mailbox.clientconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import jakarta.mail.Session;

import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.ServerSetting;
import cc.enet.mailbox.clientconfig.mail.MailClassLoader;
import cc.enet.mailbox.clientconfig.mail.SetupMail;
import cc.enet.mailbox.clientconfig.mail.SetupMailException;

/** The setup mail's content checks; sending and decoding are tested against James (SetupMailToJamesTest). */
class SetupMailTest {

	@Test
	void aJapaneseMailWithACharacterOutsideIso2022JpIsRefusedNamingIt() {
		for (String name : new String[] { "髙橋 一郎", "営業～本部", "ｻﾎﾟｰﾄ" }) {
			SetupMailException e = assertThrows(SetupMailException.class, () -> compose(setup(name), Locale.JAPANESE));
			assertEquals(SetupMailException.Kind.CONTENT, e.kind());
			assertTrue(e.getMessage().contains("ISO-2022-JP") && e.getMessage().contains("U+"), e.getMessage());
		}
	}

	@Test
	void theSameNameGoesOutInEnglishAsUtf8() throws Exception {
		assertEquals("Your mail setup: tanaka@sakura-trading.co.jp", compose(setup("髙橋 一郎"), Locale.ENGLISH));
		assertEquals("メール設定のご案内: tanaka@sakura-trading.co.jp", compose(setup("田中 太郎〜"), Locale.JAPANESE));
	}

	private static ClientSetup setup(String displayName) {
		return new ClientSetup("sakura-trading.co.jp", "tanaka@sakura-trading.co.jp", displayName,
				new ServerSetting(Protocol.POP3, "pop.sakura-trading.co.jp", 995), null,
				new ServerSetting(Protocol.SMTP, "smtp.sakura-trading.co.jp", 465), 1024, Retention.DELETE_AFTER_DOWNLOAD, 0,
				SendEncoding.ISO_2022_JP, List.of(), false, List.of(), List.of(), List.of(), List.of(), false, false);
	}

	/** Composes (in memory, nothing is sent) and returns the decoded subject. */
	private static String compose(ClientSetup setup, Locale locale) throws Exception {
		return MailClassLoader.call(() -> SetupMail.compose(Session.getInstance(new Properties()), setup, locale,
				"staff@enet.test", "contact@customer.test", new byte[] { '%', 'P', 'D', 'F' }).getSubject());
	}
}
