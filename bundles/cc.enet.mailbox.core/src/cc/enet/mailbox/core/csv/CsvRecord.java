package cc.enet.mailbox.core.csv;

import java.util.List;

/** One CSV record and the line of the file it starts on (a quoted field may span lines). */
public record CsvRecord(int line, List<String> fields) {

	public boolean isBlank() {
		return fields.stream().allMatch(String::isBlank);
	}
}
