package cc.enet.mailbox.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import cc.enet.mailbox.core.store.WorkspaceException;
import cc.enet.mailbox.core.store.WorkspaceLock;
import cc.enet.mailbox.core.store.WorkspaceLockedException;

/**
 * The lock a writing command holds on its workspace. Importing into a new folder creates it to hold the lock; if the
 * command then fails, the folder goes again, so a refused import leaves nothing behind.
 */
public final class WorkspaceWriteLock implements AutoCloseable {

	private final WorkspaceLock lock;
	private final Path createdFolder;

	private WorkspaceWriteLock(WorkspaceLock lock, Path createdFolder) {
		this.lock = lock;
		this.createdFolder = createdFolder;
	}

	public static WorkspaceWriteLock acquire(String folder, String command, CliText text) throws UsageException {
		Path path = Path.of(folder).toAbsolutePath().normalize();
		Path created = Files.exists(path) ? null : path;
		try {
			return new WorkspaceWriteLock(WorkspaceLock.acquire(path, "mailbox " + command), created);
		} catch (WorkspaceLockedException e) {
			var holder = e.holder();
			throw new UsageException(text.get("error.locked", path, holder.user(), holder.host(), holder.pid(),
					holder.purpose(), holder.since()));
		} catch (WorkspaceException e) {
			throw new UsageException(text.get("error.workspace", e.getMessage()));
		}
	}

	/** Releases the lock; after a failure, removes the folder this lock created if nothing else landed in it. */
	public void close(boolean succeeded) {
		lock.close();
		if (!succeeded && createdFolder != null) {
			try (Stream<Path> files = Files.list(createdFolder)) {
				if (files.allMatch(f -> f.getFileName().toString().equals(WorkspaceLock.FILE))) {
					Files.deleteIfExists(createdFolder.resolve(WorkspaceLock.FILE));
					Files.deleteIfExists(createdFolder);
				}
			} catch (IOException e) {
				// an empty folder left behind is harmless; the command's own error is what the user needs
			}
		}
	}

	@Override
	public void close() {
		close(true);
	}
}
