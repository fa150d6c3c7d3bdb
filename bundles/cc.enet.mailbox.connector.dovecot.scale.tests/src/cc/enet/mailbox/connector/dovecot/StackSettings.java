package cc.enet.mailbox.connector.dovecot;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.Secrets;
import cc.enet.mailbox.test.support.MailStack;

/**
 * The connector's view of a running stack: its settings as SERVER_ADD_ARGS sets them, its named secrets. The same as
 * connector.dovecot.tests' StackSettings: DovecotSettings is package-private, so each test fragment of the host needs
 * its own.
 */
final class StackSettings {

	private StackSettings() {
	}

	static DovecotSettings of(MailStack stack, String name) throws ConnectorException {
		MailServer server = stack.server(name);
		return DovecotSettings.of(name, server.getUrl(), ConnectorFactory.settingsOf(server), server.getPinnedCertificateSha256(),
				Secrets.parse(stack.serverSecrets()));
	}
}
