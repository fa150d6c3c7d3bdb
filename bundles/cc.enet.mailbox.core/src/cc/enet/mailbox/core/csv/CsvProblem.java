package cc.enet.mailbox.core.csv;

/** A rejected row, said as {@code file:line: column: reason}. */
public record CsvProblem(String file, int line, String column, String reason) {

	@Override
	public String toString() {
		return file + ":" + line + ": " + (column == null || column.isEmpty() ? "" : column + ": ") + reason;
	}
}
