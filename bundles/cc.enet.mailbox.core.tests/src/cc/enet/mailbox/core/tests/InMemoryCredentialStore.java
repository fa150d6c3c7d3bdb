package cc.enet.mailbox.core.tests;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cc.enet.mailbox.core.credentials.CredentialStore;

/** A fake for unit tests; the real secure storage has its own test. */
final class InMemoryCredentialStore implements CredentialStore {
	final Map<String, String> passwords = new HashMap<>();

	@Override
	public void store(String account, char[] password) {
		passwords.put(account, new String(password));
	}

	@Override
	public Optional<char[]> load(String account) {
		return Optional.ofNullable(passwords.get(account)).map(String::toCharArray);
	}

	@Override
	public void remove(String account) {
		passwords.remove(account);
	}
}
