package cc.enet.mailbox.connector.ui.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** An audit line's time (UTC, to the nanosecond, as written) as staff read it: local time to the second. */
final class AuditTimes {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private AuditTimes() {
	}

	/** A value that is not a time (a torn line) is shown as it is. */
	static String local(String utc) {
		if (utc == null) {
			return "";
		}
		try {
			return LOCAL.format(Instant.parse(utc).atZone(ZoneId.systemDefault()));
		} catch (DateTimeParseException e) {
			return utc;
		}
	}
}
