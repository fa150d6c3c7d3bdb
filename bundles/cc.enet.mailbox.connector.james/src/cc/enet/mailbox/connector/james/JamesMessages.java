package cc.enet.mailbox.connector.james;

import cc.enet.mailbox.connector.ConnectorText;

/** The James connector's progress, result and error texts (messages.properties, messages_ja.properties here). */
final class JamesMessages {

	private JamesMessages() {
	}

	static ConnectorText text(String key, Object... arguments) {
		return ConnectorText.of(JamesMessages.class, key, arguments);
	}
}
