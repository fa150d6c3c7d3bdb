package cc.enet.mailbox.core.credentials;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The initial passwords an apply may send, read and bound to the server before its workers start: the workers only
 * read from here, so secure storage is never written from several threads, and never once per mailbox.
 * {@link #close()} overwrites them.
 */
public final class PasswordHandover implements AutoCloseable {

	private final Map<String, char[]> passwords = new HashMap<>();
	private final Map<String, PasswordRefusal> refusals = new HashMap<>();

	void give(String address, char[] password) {
		passwords.put(address, password);
	}

	void refuse(PasswordRefusal refusal) {
		refusals.put(refusal.address(), refusal);
	}

	/** A copy of the password to send for {@code address} (the caller wipes it), or null when refused. */
	public synchronized char[] password(String address) {
		char[] password = passwords.get(address);
		return password == null ? null : password.clone();
	}

	/** Why {@code address} gets no password, or null when it gets one. */
	public PasswordRefusal refusal(String address) {
		return refusals.get(address);
	}

	public Map<String, PasswordRefusal> refusals() {
		return Map.copyOf(refusals);
	}

	@Override
	public synchronized void close() {
		passwords.values().forEach(p -> Arrays.fill(p, '\0'));
		passwords.clear();
	}
}
