package cc.enet.mailbox.connector.dovecot;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

import org.apache.commons.codec.digest.Sha2Crypt;

/**
 * SHA512-CRYPT ("$6$", the default 5000 rounds): the salted hash Dovecot verifies, so the server never holds a plain
 * password. Commons Codec computes it; here only Dovecot's scheme prefix, a 16-character salt (Codec's own is 8)
 * and the password's UTF-8 bytes, wiped after use.
 */
final class Sha512Crypt {

	/** Dovecot's scheme prefix for the password_hash column. */
	static final String SCHEME = "{SHA512-CRYPT}";
	private static final String SALT_CHARACTERS = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	private static final SecureRandom RANDOM = new SecureRandom();

	private Sha512Crypt() {
	}

	/** The column value for a new password, with a fresh 16-character salt. */
	static String hash(char[] password) {
		StringBuilder salt = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			salt.append(SALT_CHARACTERS.charAt(RANDOM.nextInt(SALT_CHARACTERS.length())));
		}
		return SCHEME + crypt(password, salt.toString());
	}

	static String crypt(char[] password, String salt) {
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
		byte[] bytes = Arrays.copyOf(encoded.array(), encoded.limit());
		Arrays.fill(encoded.array(), (byte) 0);
		try {
			return Sha2Crypt.sha512Crypt(bytes, "$6$" + salt);
		} finally {
			Arrays.fill(bytes, (byte) 0);
		}
	}
}
