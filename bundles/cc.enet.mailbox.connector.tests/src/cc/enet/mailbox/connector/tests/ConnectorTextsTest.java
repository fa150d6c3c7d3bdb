package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.internal.ConnectorMessages;

/** The connector layer's own texts: every key in English and Japanese; a text shown in the language asked for. */
class ConnectorTextsTest {

	@Test
	void everyTextHasItsJapanese() throws Exception {
		Properties english = load("messages.properties");
		Properties japanese = load("messages_ja.properties");
		assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(japanese.stringPropertyNames()));
	}

	@Test
	void aTextNestedInAnotherFollowsItsLanguage() {
		ConnectorText text = ConnectorMessages.text("result.cancelledInProgress", ConnectorMessages.text("result.notAttempted"));
		assertEquals("cancelled while in progress: not attempted", text.in(Locale.ENGLISH));
		assertEquals("実行中にキャンセルされました: 実行されませんでした", text.in(Locale.JAPANESE));
		assertEquals(text.in(Locale.ENGLISH), text.toString());
		assertEquals("port 40026", ConnectorText.verbatim("port 40026").in(Locale.JAPANESE));
	}

	private static Properties load(String file) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = ConnectorMessages.class.getResourceAsStream(file)) {
			properties.load(in);
		}
		return properties;
	}
}
