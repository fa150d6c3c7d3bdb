package cc.enet.mailbox.core.csv;

/**
 * Cells a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, TAB, CR first) get an
 * apostrophe in front on export, as Excel users type to keep a cell text; import takes it off again. Apostrophes
 * already in front of such a start get one more, so import(export) gives back every value exactly.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	public static String neutralise(String value) {
		return needsApostrophe(value, 0) ? "'" + value : value;
	}

	public static String restore(String cell) {
		return cell.startsWith("'") && needsApostrophe(cell, 1) ? cell.substring(1) : cell;
	}

	/** From {@code from}: any apostrophes, then a formula start. */
	private static boolean needsApostrophe(String value, int from) {
		int i = from;
		while (i < value.length() && value.charAt(i) == '\'') {
			i++;
		}
		if (i >= value.length()) {
			return false;
		}
		char c = value.charAt(i);
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}
}
