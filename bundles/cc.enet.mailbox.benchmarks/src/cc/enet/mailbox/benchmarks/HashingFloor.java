package cc.enet.mailbox.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.codec.digest.Sha2Crypt;

import cc.enet.mailbox.model.PasswordHash;

/**
 * The part of an apply's floor that is the client's own: the SHA512-CRYPT of every new password (Commons Codec's
 * Sha2Crypt with a 16-character salt, as the mail stack connector computes it), done alone at the apply's
 * concurrency; and the one hash the plain loop sends instead, so that loop measures the server's work alone.
 */
final class HashingFloor {

	private static final String SALT_CHARACTERS = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private HashingFloor() {
	}

	/** Wall time of {@code count} hashes on {@code parallel} threads. */
	static long nanos(int count, int parallel) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			SecureRandom random = new SecureRandom();
			long t0 = System.nanoTime();
			List<Future<String>> hashes = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				hashes.add(pool.submit(() -> hash(random)));
			}
			for (Future<String> hash : hashes) {
				hash.get();
			}
			return System.nanoTime() - t0;
		} finally {
			pool.shutdownNow();
		}
	}

	/** One hash of the benchmark's password, marked as a migrated hash: the connector sends it without hashing. */
	static char[] precomputed() {
		return PasswordHash.mark("{SHA512-CRYPT}" + hash(new SecureRandom()));
	}

	private static String hash(SecureRandom random) {
		StringBuilder salt = new StringBuilder("$6$");
		for (int i = 0; i < 16; i++) {
			salt.append(SALT_CHARACTERS.charAt(random.nextInt(SALT_CHARACTERS.length())));
		}
		return Sha2Crypt.sha512Crypt(BenchCredentials.PASSWORD.getBytes(StandardCharsets.UTF_8), salt.toString());
	}
}
