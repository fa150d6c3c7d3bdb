package cc.enet.mailbox.connector.internal;

import cc.enet.mailbox.connector.ConnectorText;

/** The connector layer's own progress, result and error texts (messages.properties, messages_ja.properties here). */
public final class ConnectorMessages {

	private ConnectorMessages() {
	}

	public static ConnectorText text(String key, Object... arguments) {
		return ConnectorText.of(ConnectorMessages.class, key, arguments);
	}
}
