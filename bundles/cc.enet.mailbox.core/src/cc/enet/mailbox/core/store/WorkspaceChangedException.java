package cc.enet.mailbox.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file of the workspace is no longer what this session read or last wrote: someone else saved it. Nothing was
 * written; the caller may reload.
 */
public final class WorkspaceChangedException extends IOException {

	private static final long serialVersionUID = 1L;

	private final Path file;

	WorkspaceChangedException(Path file) {
		super(file + ": changed on disk by someone else since it was read; nothing was saved (reload the workspace)");
		this.file = file;
	}

	public Path file() {
		return file;
	}
}
