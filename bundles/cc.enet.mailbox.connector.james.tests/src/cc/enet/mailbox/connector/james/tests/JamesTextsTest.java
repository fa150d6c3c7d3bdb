package cc.enet.mailbox.connector.james.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.james.JamesConnectorFactory;
import cc.enet.mailbox.test.support.Translations;

/** The James connector's texts in English and Japanese: every key in both, and an error shown in either. */
class JamesTextsTest {

	@Test
	void everyTextHasItsJapanese() throws Exception {
		Translations.assertComplete(JamesConnectorFactory.class, "cc/enet/mailbox/connector/james");
	}

	@Test
	void anUnreachableServerIsNamedInTheLanguageAskedFor() throws Exception {
		MailServer server = MailboxFactory.eINSTANCE.createMailServer();
		server.setName("nowhere");
		server.setKind("james");
		server.setUrl("http://127.0.0.1:9");
		try (Connector connector = new JamesConnectorFactory().open(server, (char[]) null)) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> connector.read(Set.of("abc.test"), null));
			assertEquals(ConnectorException.Kind.UNREACHABLE, e.kind());
			assertTrue(e.getMessage(Locale.ENGLISH).startsWith("server nowhere (http://127.0.0.1:9) cannot be reached: "),
					e.getMessage(Locale.ENGLISH));
			assertTrue(e.getMessage(Locale.JAPANESE).startsWith("サーバー nowhere (http://127.0.0.1:9) に接続できません: "),
					e.getMessage(Locale.JAPANESE));
			assertEquals(e.getMessage(Locale.ENGLISH), e.getMessage(), "English for logs and the audit log");
		}
	}
}
