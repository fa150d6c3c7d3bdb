package cc.enet.mailbox.connector.apply;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.internal.ConnectorMessages;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.InitialPasswords;
import cc.enet.mailbox.core.credentials.PasswordHandover;
import cc.enet.mailbox.core.credentials.PasswordRefusal;

/**
 * The initial passwords one apply sends, read and bound to the server in one write before any worker starts; a
 * mailbox whose password is missing or was given to another server is refused here, before its domain is created.
 */
final class PasswordsToSend implements AutoCloseable {

	/** Null: none could be read. */
	private final PasswordHandover handover;
	private final Map<String, ConnectorText> refused;

	private PasswordsToSend(PasswordHandover handover, Map<String, ConnectorText> refused) {
		this.handover = handover;
		this.refused = refused;
	}

	/**
	 * @param credentials this workspace's passwords for this server, or null when there are none
	 * @param mailOffDomains domains whose mail is off: nothing is sent for them
	 */
	static PasswordsToSend handOver(InitialPasswords credentials, List<Change> changes, Set<String> mailOffDomains) {
		Set<String> addresses = new LinkedHashSet<>();
		// a mailbox of a domain whose mail is off is not sent, so its password is not bound to this server either
		changes.stream().filter(Change::needsPassword).filter(c -> !mailOffDomains.contains(c.domain()))
				.forEach(c -> addresses.add(c.mailbox()));
		Map<String, ConnectorText> refused = new HashMap<>();
		if (addresses.isEmpty()) {
			return new PasswordsToSend(null, refused);
		}
		if (credentials == null) {
			addresses.forEach(a -> refused.put(a, ConnectorMessages.text("result.noPassword", a)));
			return new PasswordsToSend(null, refused);
		}
		try {
			PasswordHandover handover = credentials.handOver(addresses);
			handover.refusals().forEach((address, refusal) -> refused.put(address, reason(refusal)));
			return new PasswordsToSend(handover, refused);
		} catch (CredentialException e) {
			addresses.forEach(a -> refused.put(a, ConnectorText.verbatim(e.getMessage())));
			return new PasswordsToSend(null, refused);
		}
	}

	/** The words staff read for a password that is not sent. */
	static ConnectorText reason(PasswordRefusal refusal) {
		return switch (refusal.reason()) {
		case GIVEN_ELSEWHERE -> ConnectorMessages.text("result.passwordGivenElsewhere", refusal.address(), refusal.givenTo(),
				refusal.asking());
		case HASH_NOT_TAKEN -> ConnectorMessages.text("result.hashNotTaken", refusal.address(), refusal.scheme());
		case NONE_STORED -> ConnectorMessages.text("result.noPassword", refusal.address());
		};
	}

	/** Why the mailbox's password is not sent, or null when it is not refused. */
	ConnectorText refusal(String address) {
		return refused.get(address);
	}

	boolean isRefused(String address) {
		return refused.containsKey(address);
	}

	/** A copy the caller wipes, or null when none was handed over. */
	char[] password(String address) {
		return handover == null ? null : handover.password(address);
	}

	@Override
	public void close() {
		if (handover != null) {
			handover.close();
		}
	}
}
