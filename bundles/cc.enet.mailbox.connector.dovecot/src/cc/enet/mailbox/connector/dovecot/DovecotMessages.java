package cc.enet.mailbox.connector.dovecot;

import cc.enet.mailbox.connector.ConnectorText;

/** The mail stack connector's progress, result and error texts (messages.properties, messages_ja.properties here). */
final class DovecotMessages {

	private DovecotMessages() {
	}

	static ConnectorText text(String key, Object... arguments) {
		return ConnectorText.of(DovecotMessages.class, key, arguments);
	}
}
