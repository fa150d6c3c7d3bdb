package cc.enet.mailbox.core.csv;

import java.util.Locale;

/** Which of the two CSV files a text is, told by its header: {@code domain} without {@code address} means domains. */
public enum CsvKind {
	MAILBOXES, DOMAINS;

	public static CsvKind of(String text) {
		String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
		try {
			for (CsvRecord record : CsvParser.parse(header)) {
				if (!record.isBlank()) {
					var headers = record.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
					return headers.contains("domain") && !headers.contains("address") ? DOMAINS : MAILBOXES;
				}
			}
		} catch (CsvSyntaxException e) {
			// the mailbox reader reports it with its line
		}
		return MAILBOXES;
	}
}
