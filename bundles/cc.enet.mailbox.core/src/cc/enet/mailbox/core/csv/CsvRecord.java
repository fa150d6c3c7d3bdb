package cc.enet.mailbox.core.csv;

import java.util.List;

/** One CSV record and the line of the file it starts on (a quoted field may span lines). */
public record CsvRecord(int line, List<String> fields) {

	public boolean isBlank() {
		for (int i = 0; i < fields.size(); i++) { // a loop, not a stream: called for every row of a file
			if (!fields.get(i).isBlank()) {
				return false;
			}
		}
		return true;
	}
}
