package cc.enet.mailbox.team.ssh;

import java.security.PublicKey;
import java.util.Base64;
import java.util.Optional;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * An SSH server's host key as staff compare it: its SHA-256 fingerprint as OpenSSH prints it
 * ({@code ssh-keygen -lf}: {@code SHA256:} and 43 characters of unpadded base64).
 */
public final class HostKeyPin {

	private static final String PREFIX = "SHA256:";

	private HostKeyPin() {
	}

	public static String fingerprint(PublicKey key) {
		return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
	}

	/** The fingerprint as compared, from what staff typed (with or without {@code SHA256:}); empty when it is none. */
	public static Optional<String> parse(String text) {
		String value = text == null ? "" : text.strip();
		if (value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			value = value.substring(PREFIX.length());
		}
		while (value.endsWith("=")) {
			value = value.substring(0, value.length() - 1);
		}
		try {
			if (value.length() != 43 || Base64.getDecoder().decode(value + "=").length != 32) {
				return Optional.empty();
			}
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		return Optional.of(PREFIX + value);
	}
}
