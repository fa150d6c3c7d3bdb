package cc.enet.mailbox.benchmarks;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cc.enet.mailbox.core.credentials.CredentialStore;

/**
 * Secure storage as the benchmarks need it: every mailbox has the same initial password, and whatever the apply
 * stores (to which server a password was first sent) is kept, so the next apply finds it as the console would.
 * Keys with a space are such records, never addresses.
 */
final class BenchCredentials implements CredentialStore {

	static final String PASSWORD = "Bench-Pa55";

	private final Map<String, char[]> stored = new ConcurrentHashMap<>();

	@Override
	public void store(String account, char[] password) {
		stored.put(account, password.clone());
	}

	@Override
	public Optional<char[]> load(String account) {
		char[] value = stored.get(account);
		if (value != null) {
			return Optional.of(value.clone());
		}
		return account.contains(" ") ? Optional.empty() : Optional.of(PASSWORD.toCharArray());
	}

	@Override
	public void remove(String account) {
		stored.remove(account);
	}
}
