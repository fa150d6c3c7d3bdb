package cc.enet.mailbox.core.store;

import java.nio.file.Path;

/** Another writer holds the workspace; the message names it so the user knows whom to ask. */
public final class WorkspaceLockedException extends WorkspaceException {

	private static final long serialVersionUID = 1L;

	private final transient WorkspaceLock.Holder holder;

	WorkspaceLockedException(Path lockFile, WorkspaceLock.Holder holder) {
		super(lockFile, 0, "the workspace is in use by " + holder, null);
		this.holder = holder;
	}

	public WorkspaceLock.Holder holder() {
		return holder;
	}
}
