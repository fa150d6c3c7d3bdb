package cc.enet.mailbox.core.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * The text as Commons CSV reads it, cut off once a record runs far beyond the limit: Commons CSV would otherwise build a
 * field as long as the file (256 MB) before the record could be refused. The exact limit is
 * {@link CsvRecordCheck}'s; this one leaves room for the parser reading ahead.
 */
final class RecordSizeGuard extends Reader {

	/** Thrown when a record is longer than the limit. */
	static final class RecordTooLong extends IOException {
		private static final long serialVersionUID = 1L;
	}

	/** More than Commons CSV's read-ahead buffer (8 KiB). */
	private static final int READ_AHEAD = 64 << 10;

	private final String text;
	private final int limit;
	private int position;
	private int recordStart;

	RecordSizeGuard(String text, int maxRecordChars) {
		this.text = text;
		this.limit = maxRecordChars + READ_AHEAD;
	}

	/** The record after the last one read starts at {@code start}. */
	void nextRecordStartsAt(int start) {
		recordStart = start;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (position >= text.length()) {
			return -1;
		}
		if (position - recordStart > limit) {
			throw new RecordTooLong();
		}
		int n = Math.min(length, text.length() - position);
		text.getChars(position, position + n, buffer, offset);
		position += n;
		return n;
	}

	@Override
	public void close() {
		// nothing to release: the text stays the caller's
	}
}
