package cc.enet.mailbox.connector.ui.review;

import org.eclipse.osgi.util.NLS;


/**
 * The label of a server setting or named secret a connector declares, in words, with the key {@code server add --set}
 * and {@code server secret --key} take in parentheses. A key this console does not know yet keeps the general label.
 */
final class ServerWords {

	private ServerWords() {
	}

	static String setting(String key) {
		return switch (key) {
		case "auth" -> ReviewMessages.Setting_auth;
		case "user" -> ReviewMessages.Setting_user;
		case "managesieve" -> ReviewMessages.Setting_managesieve;
		case "managesieve-user" -> ReviewMessages.Setting_managesieveUser;
		case "doveadm" -> ReviewMessages.Setting_doveadm;
		case "sieve-dir" -> ReviewMessages.Setting_sieveDir;
		case "timeout" -> ReviewMessages.Setting_timeout;
		default -> NLS.bind(ReviewMessages.Servers_setting, key);
		};
	}

	static String secret(String key) {
		return switch (key) {
		case "MANAGESIEVE" -> ReviewMessages.Secret_managesieve;
		case "DOVEADM" -> ReviewMessages.Secret_doveadm;
		default -> NLS.bind(ReviewMessages.Servers_namedSecret, key);
		};
	}
}
