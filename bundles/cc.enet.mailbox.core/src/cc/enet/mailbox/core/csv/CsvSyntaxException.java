package cc.enet.mailbox.core.csv;

/** The file is not CSV at all at {@code line}; the message is a key of the core's CSV messages. */
public final class CsvSyntaxException extends Exception {
	private static final long serialVersionUID = 1L;
	private final int line;

	public CsvSyntaxException(int line, String reason) {
		super(reason);
		this.line = line;
	}

	public int line() {
		return line;
	}
}
