package cc.enet.mailbox.clientconfig.probe;

/**
 * A mailbox's storage use as its IMAP server reports it (RFC 9208 QUOTA, STORAGE in units of 1024 bytes).
 *
 * @param usedKb kilobytes in use
 * @param limitKb the limit, always positive (a mailbox without a limit has no usage to report)
 */
public record QuotaUsage(long usedKb, long limitKb) {

	/** From this share on the probe warns: new mail will soon be refused. */
	public static final int WARN_PERCENT = 90;

	public QuotaUsage {
		if (limitKb <= 0) {
			throw new IllegalArgumentException("a quota needs a positive limit, not " + limitKb);
		}
	}

	public int percent() {
		return (int) Math.min(100, usedKb * 100 / limitKb);
	}

	public boolean isFull() {
		return usedKb >= limitKb;
	}

	public boolean isNearlyFull() {
		return percent() >= WARN_PERCENT;
	}

	/** "412 MB / 500 MB (82 %)", the same in both languages; in KB below a megabyte, where MB would read 0. */
	public String label() {
		if (limitKb < 1024) {
			return usedKb + " KB / " + limitKb + " KB (" + percent() + " %)";
		}
		return megabytes(usedKb) + " MB / " + megabytes(limitKb) + " MB (" + percent() + " %)";
	}

	private static long megabytes(long kb) {
		return (kb + 512) / 1024;
	}
}
