package cc.enet.mailbox.core.credentials;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Credentials entered at run time and kept in memory for this session only: for staff who would rather not keep a
 * server secret in secure storage, for the benchmarks, and as the tests' store.
 */
public final class SessionCredentialStore implements CredentialStore {

	private final Map<String, char[]> secrets = new HashMap<>();

	@Override
	public synchronized void store(String account, char[] password) {
		secrets.put(account, password.clone());
	}

	@Override
	public synchronized Optional<char[]> load(String account) {
		char[] secret = secrets.get(account);
		return secret == null ? Optional.empty() : Optional.of(secret.clone());
	}

	@Override
	public synchronized void remove(String account) {
		char[] secret = secrets.remove(account);
		if (secret != null) {
			Arrays.fill(secret, '\0');
		}
	}

	@Override
	public synchronized void update(CredentialEdits edits) {
		for (CredentialEdits.Edit edit : edits.edits()) {
			if (edit.isRemoval()) {
				remove(edit.account());
			} else {
				store(edit.account(), edit.password());
			}
		}
	}

	/** The accounts that have a secret here, for tests and diagnostics (never the secrets). */
	public synchronized Set<String> accounts() {
		return Set.copyOf(secrets.keySet());
	}
}
