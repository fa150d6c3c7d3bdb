package cc.enet.mailbox.connector;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a server can hold ({@code writable}) and report back ({@code readable}). A field it cannot write is shown in
 * the plan as unsupported; a field it cannot read is compared against the last applied state instead of the server.
 *
 * @param maxParallelRequests how many requests the connector may have under way at once
 * @param passwordSchemes the password hash schemes the server verifies (upper case, as in {@code {SHA512-CRYPT}}):
 *            a mailbox migrated with a hash of another scheme is refused for this server
 */
public record Capabilities(Set<Field> writable, Set<Field> readable, int maxParallelRequests, Set<String> passwordSchemes) {

	public Capabilities {
		writable = Set.copyOf(writable.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(writable));
		readable = Set.copyOf(readable.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(readable));
		passwordSchemes = Set.copyOf(passwordSchemes);
	}

	/** A server that takes passwords only, no hash. */
	public Capabilities(Set<Field> writable, Set<Field> readable, int maxParallelRequests) {
		this(writable, readable, maxParallelRequests, Set.of());
	}

	public boolean canWrite(Field field) {
		return writable.contains(field);
	}

	public boolean canRead(Field field) {
		return readable.contains(field);
	}
}
