package cc.enet.mailbox.connector.dovecot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.Secrets;
import cc.enet.mailbox.test.support.Translations;

/** The mail stack connector's texts in English and Japanese: every key in both, and an error shown in either. */
class DovecotTextsTest {

	@Test
	void everyTextHasItsJapanese() throws Exception {
		Translations.assertComplete(DovecotConnectorFactory.class, "cc/enet/mailbox/connector/dovecot");
	}

	@Test
	void aBadManageSieveSettingIsNamedInTheLanguageAskedFor() {
		ConnectorException e = assertThrows(ConnectorException.class, () -> DovecotSettings.of("stack",
				"jdbc:postgresql://127.0.0.1:9/mail", Map.of("managesieve", "nohost"), null,
				Secrets.parse("DEFAULT=x".toCharArray())));
		assertEquals("server stack: managesieve must be HOST:PORT, not nohost", e.getMessage(Locale.ENGLISH));
		assertEquals("サーバー stack: managesieve は ホスト:ポート の形にしてください。指定された値: nohost",
				e.getMessage(Locale.JAPANESE));
	}
}
