package cc.enet.mailbox.connector.dovecot;

import java.util.List;
import java.util.TreeSet;

/** UIDs as an IMAP sequence set ("1:3,7"), so a query of thousands of messages stays short. */
final class UidSet {

	private UidSet() {
	}

	static String of(List<Long> uids) {
		StringBuilder set = new StringBuilder();
		Long start = null;
		Long previous = null;
		for (long uid : new TreeSet<>(uids)) {
			if (previous != null && uid == previous + 1) {
				previous = uid;
				continue;
			}
			append(set, start, previous);
			start = uid;
			previous = uid;
		}
		append(set, start, previous);
		return set.toString();
	}

	private static void append(StringBuilder set, Long start, Long end) {
		if (start == null) {
			return;
		}
		if (!set.isEmpty()) {
			set.append(',');
		}
		set.append(start);
		if (!start.equals(end)) {
			set.append(':').append(end);
		}
	}
}
