package cc.enet.mailbox.connector.dovecot;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * SHA512-CRYPT ("$6$", U. Drepper's SHA-crypt with the default 5000 rounds): the salted hash Dovecot verifies, so
 * the server never holds a plain password. Written here because the JDK has none and Dovecot's `doveadm pw` is not
 * on the console's machine.
 */
final class Sha512Crypt {

	/** Dovecot's scheme prefix for the password_hash column. */
	static final String SCHEME = "{SHA512-CRYPT}";
	private static final int ROUNDS = 5000;
	private static final String ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	/** The byte order of the final encoding, three bytes per group (glibc's table). */
	private static final int[] ORDER = { 0, 21, 42, 22, 43, 1, 44, 2, 23, 3, 24, 45, 25, 46, 4, 47, 5, 26, 6, 27, 48,
			28, 49, 7, 50, 8, 29, 9, 30, 51, 31, 52, 10, 53, 11, 32, 12, 33, 54, 34, 55, 13, 56, 14, 35, 15, 36, 57, 37,
			58, 16, 59, 17, 38, 18, 39, 60, 40, 61, 19, 62, 20, 41 };
	private static final SecureRandom RANDOM = new SecureRandom();

	private Sha512Crypt() {
	}

	/** The column value for a new password, with a fresh 16-character salt. */
	static String hash(char[] password) {
		StringBuilder salt = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			salt.append(ITOA64.charAt(RANDOM.nextInt(64)));
		}
		return SCHEME + crypt(password, salt.toString());
	}

	static String crypt(char[] password, String salt) {
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
		byte[] p = Arrays.copyOf(encoded.array(), encoded.limit());
		Arrays.fill(encoded.array(), (byte) 0);
		byte[] s = salt.getBytes(StandardCharsets.US_ASCII);
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-512");
			sha.update(p);
			sha.update(s);
			sha.update(p);
			byte[] b = sha.digest();

			sha.update(p);
			sha.update(s);
			repeat(sha, b, p.length);
			for (int n = p.length; n > 0; n >>= 1) {
				sha.update((n & 1) != 0 ? b : p);
			}
			byte[] c = sha.digest();

			for (int i = 0; i < p.length; i++) {
				sha.update(p);
			}
			byte[] pBytes = stretch(sha.digest(), p.length);
			for (int i = 0; i < 16 + (c[0] & 0xff); i++) {
				sha.update(s);
			}
			byte[] sBytes = stretch(sha.digest(), s.length);

			for (int round = 0; round < ROUNDS; round++) {
				sha.update((round & 1) != 0 ? pBytes : c);
				if (round % 3 != 0) {
					sha.update(sBytes);
				}
				if (round % 7 != 0) {
					sha.update(pBytes);
				}
				sha.update((round & 1) != 0 ? c : pBytes);
				c = sha.digest();
			}
			Arrays.fill(p, (byte) 0);
			Arrays.fill(pBytes, (byte) 0);

			StringBuilder out = new StringBuilder("$6$").append(salt).append('$');
			for (int i = 0; i < ORDER.length; i += 3) {
				base64(out, c[ORDER[i]], c[ORDER[i + 1]], c[ORDER[i + 2]], 4);
			}
			base64(out, (byte) 0, (byte) 0, c[63], 2);
			return out.toString();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK has no SHA-512", e);
		}
	}

	private static void repeat(MessageDigest sha, byte[] block, int length) {
		int left = length;
		for (; left > block.length; left -= block.length) {
			sha.update(block);
		}
		sha.update(block, 0, left);
	}

	private static byte[] stretch(byte[] block, int length) {
		byte[] out = new byte[length];
		for (int i = 0; i < length; i++) {
			out[i] = block[i % block.length];
		}
		return out;
	}

	private static void base64(StringBuilder out, byte b2, byte b1, byte b0, int chars) {
		int w = ((b2 & 0xff) << 16) | ((b1 & 0xff) << 8) | (b0 & 0xff);
		for (int i = 0; i < chars; i++) {
			out.append(ITOA64.charAt(w & 0x3f));
			w >>>= 6;
		}
	}
}
