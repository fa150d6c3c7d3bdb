package cc.enet.mailbox.connector.session;

import cc.enet.mailbox.MailServer;

/**
 * Where a server's secrets come from: the command line asks the environment, then secure storage, then a prompt;
 * the console asks what was typed this session, then secure storage, then a dialog. The caller only says where;
 * {@link ServerSessions} does the rest the same way for all.
 */
@FunctionalInterface
public interface SecretSource {

	/**
	 * The secret of {@code server}: the default one when {@code key} is null, else the named one its kind declares.
	 * Null when this source has none (the next source is asked).
	 *
	 * @throws SecretRefusedException when a secret is held but for another origin or pin: it is never sent
	 */
	char[] secret(MailServer server, String key) throws SecretRefusedException;

	/** Asks {@code sources} in order; the first that has the secret gives it. */
	static SecretSource firstOf(SecretSource... sources) {
		return (server, key) -> {
			for (SecretSource source : sources) {
				char[] secret = source.secret(server, key);
				if (secret != null) {
					return secret;
				}
			}
			return null;
		};
	}
}
