package cc.enet.mailbox.core.csv;

import java.util.List;

/**
 * The file is not CSV at all at {@code line} (and {@code column}, a header name or "#N", if known); the message is a
 * key of the core's CSV messages, with its arguments.
 */
public final class CsvSyntaxException extends Exception {
	private static final long serialVersionUID = 1L;
	private final int line;
	private final String column;
	private final transient List<Object> arguments;

	public CsvSyntaxException(int line, String reason) {
		this(line, "", reason);
	}

	public CsvSyntaxException(int line, String column, String reason, Object... arguments) {
		super(reason);
		this.line = line;
		this.column = column;
		this.arguments = List.of(arguments);
	}

	public int line() {
		return line;
	}

	public String column() {
		return column;
	}

	public List<Object> arguments() {
		return arguments;
	}

	/** As a problem of {@code file}, the way every CSV reader reports it. */
	public CsvProblem toProblem(String file) {
		return new CsvProblem(file, line, column, getMessage(), arguments);
	}
}
