package cc.enet.mailbox.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A CSV of N mailboxes over D domains as staff would bulk-edit: forwards of up to ten targets, mostly to outside
 * addresses or earlier mailboxes of the same domain (no cycle), plus planted loops of length 2 to 4 across domains.
 */
final class SyntheticMailboxes {

	private SyntheticMailboxes() {
	}

	static String csv(int mailboxes, int domains, int loops, long seed) {
		return csv(mailboxes, domains, loops, seed, true);
	}

	/**
	 * @param chains whether local forwards may form chains (each to any earlier mailbox of its domain); without,
	 *            they all point at the domain's first mailbox, as James refuses mapping chains deeper than ten.
	 */
	static String csv(int mailboxes, int domains, int loops, long seed, boolean chains) {
		Random random = new Random(seed);
		int perDomain = mailboxes / domains;
		List<List<String>> forwards = new ArrayList<>(mailboxes);
		for (int i = 0; i < mailboxes; i++) {
			List<String> targets = new ArrayList<>();
			int count = random.nextInt(11) == 0 ? 0 : random.nextInt(11);
			int indexInDomain = i % perDomain;
			for (int t = 0; t < count && targets.size() < 10; t++) {
				if (!chains && indexInDomain == 0) {
					break; // the domain's first mailbox receives the local forwards and forwards nowhere
				}
				if (indexInDomain > 0 && random.nextBoolean()) {
					targets.add(address(chains ? i - 1 - random.nextInt(indexInDomain) : i - indexInDomain, perDomain));
				} else {
					targets.add("user" + random.nextInt(1_000_000) + "@outside" + random.nextInt(500) + ".example");
				}
			}
			forwards.add(targets);
		}
		for (int l = 0; l < loops; l++) {
			int length = 2 + l % 3;
			int[] members = new int[length];
			for (int m = 0; m < length; m++) {
				members[m] = random.nextInt(mailboxes);
			}
			for (int m = 0; m < length; m++) {
				List<String> targets = forwards.get(members[m]);
				if (targets.size() >= 10) {
					targets.remove(9);
				}
				targets.add(address(members[(m + 1) % length], perDomain));
			}
		}
		StringBuilder csv = new StringBuilder(mailboxes * 200);
		csv.append("address,display_name,quota_mb,send_encoding,retention,forward_to,forward_keep_copy,allow_domains,reject_spam\r\n");
		for (int i = 0; i < mailboxes; i++) {
			csv.append(address(i, perDomain)).append(',').append(i % 7 == 0 ? "田中 太郎" : "User " + i).append(',')
					.append(512 + i % 4 * 512).append(',').append(i % 50 == 0 ? "UTF-8" : "ISO-2022-JP").append(',')
					.append(i % 20 == 0 ? "leave:14" : "delete").append(',').append(String.join(";", forwards.get(i)))
					.append(',').append(i % 30 == 0 ? "yes" : "no").append(',')
					.append("enet-corp.com;enet.cc;enetj.com").append(',').append(i % 10 == 0 ? "yes" : "no").append("\r\n");
		}
		return csv.toString();
	}

	static String address(int index, int perDomain) {
		return "user" + index % perDomain + "@customer" + index / perDomain + ".co.jp";
	}
}
