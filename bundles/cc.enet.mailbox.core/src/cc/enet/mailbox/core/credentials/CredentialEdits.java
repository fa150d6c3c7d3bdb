package cc.enet.mailbox.core.credentials;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Stores and removals to write as one: an import of thousands of passwords, or the bindings of an apply, is one
 * write of the secure storage, whole or not at all. Callers {@link #clear()} it when done so no copy of a password
 * outlives the write.
 */
public final class CredentialEdits {

	/** One edit: a password to store under {@code account}, or (with a null password) the account to remove. */
	public record Edit(String account, char[] password) {
		public boolean isRemoval() {
			return password == null;
		}
	}

	private final List<Edit> edits = new ArrayList<>();

	public CredentialEdits store(String account, char[] password) {
		edits.add(new Edit(account, password.clone()));
		return this;
	}

	public CredentialEdits remove(String account) {
		edits.add(new Edit(account, null));
		return this;
	}

	public List<Edit> edits() {
		return Collections.unmodifiableList(edits);
	}

	public boolean isEmpty() {
		return edits.isEmpty();
	}

	public int size() {
		return edits.size();
	}

	/** Overwrites the passwords held here. */
	public void clear() {
		for (Edit edit : edits) {
			if (edit.password() != null) {
				Arrays.fill(edit.password(), '\0');
			}
		}
		edits.clear();
	}
}
