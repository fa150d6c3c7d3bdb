package cc.enet.mailbox.connector.ui.review;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.session.SecretSource;
import cc.enet.mailbox.connector.session.StoredSecrets;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.ServerSecrets;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * Opens a {@link ServerReview} of a server of the workspace: the connector of its kind, plain http to another machine
 * refused, and its secret from secure storage, or typed ({@link SecretPrompt}) when the store holds none for that
 * server's address and pin.
 */
final class ServerAccess {

	/** System property (-DallowInsecureHttp style) that lets the console use plain http to another machine. */
	static final String ALLOW_INSECURE_HTTP = "mailbox.allowInsecureHttp";

	private final SecretPrompt prompt;

	ServerAccess(SecretPrompt prompt) {
		this.prompt = prompt;
	}

	/**
	 * The review of {@code server}; empty when it cannot be opened (the reason goes to {@code refused}) or the user
	 * cancelled the secret's prompt.
	 */
	Optional<ServerReview> open(ConsoleSession session, MailServer server, Consumer<String> refused) {
		Optional<ConnectorFactory> factory = ConnectorServices.forKind(server.getKind());
		if (factory.isEmpty()) {
			refused.accept(NLS.bind(ReviewMessages.Review_noConnector, server.getName(), server.getKind()));
			return Optional.empty();
		}
		if (ServerSecrets.insecure(server.getUrl()) && !Boolean.getBoolean(ALLOW_INSECURE_HTTP)) {
			refused.accept(NLS.bind(ReviewMessages.Servers_insecureHttp, server.getName(), server.getUrl()));
			return Optional.empty();
		}
		if (!factory.get().takesSecret(server)) {
			return Optional.of(new ServerReview(session.workspace(), server, factory.get(), (s, key) -> null));
		}
		char[] secret = defaultSecret(server);
		if (secret == null) {
			return Optional.empty();
		}
		char[] given = secret.length == 0 ? null : secret;
		// the default secret as resolved here (typed, stored or asked); the named ones from secure storage
		SecretSource source = SecretSource.firstOf((s, key) -> key == null && given != null ? given.clone() : null,
				(s, key) -> key == null ? null : new StoredSecrets(ReviewCredentials.storeOrNull()).secret(s, key));
		return Optional.of(new ServerReview(session.workspace(), server, factory.get(), source));
	}

	/** Typed earlier, stored for this server's address and pin, or asked now; null when the user cancelled. */
	private char[] defaultSecret(MailServer server) {
		char[] secret = prompt.typed(server.getName());
		if (secret != null) {
			return secret;
		}
		String why = null;
		try {
			ServerSecrets.Lookup lookup = ServerSecrets.load(ReviewCredentials.store(), server.getName(), server.getUrl(),
					server.getPinnedCertificateSha256());
			secret = lookup.secret();
			if (lookup.rebound()) {
				// kept for another address or pin: never sent; ask, and say why
				why = NLS.bind(ReviewMessages.Review_secretRebound, lookup.storedFor(), lookup.wanted());
			}
		} catch (CredentialException e) {
			secret = null; // no store: ask
		}
		return secret != null ? secret : prompt.ask(server.getName(), why);
	}
}
