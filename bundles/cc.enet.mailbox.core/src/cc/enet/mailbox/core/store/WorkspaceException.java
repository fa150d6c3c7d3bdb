package cc.enet.mailbox.core.store;

import java.nio.file.Path;

/** A workspace that cannot be read or written; the message names the file and, where known, the line. */
public class WorkspaceException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Path file;
	private final int line;

	public WorkspaceException(Path file, int line, String reason, Throwable cause) {
		super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
		this.file = file;
		this.line = line;
	}

	public Path file() {
		return file;
	}

	public int line() {
		return line;
	}
}
