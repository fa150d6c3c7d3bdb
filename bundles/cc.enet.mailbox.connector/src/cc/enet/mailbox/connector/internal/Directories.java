package cc.enet.mailbox.connector.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Forcing a folder's entries (a rename, a new file) to disk where the platform allows it. */
public final class Directories {

	private Directories() {
	}

	public static void force(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Windows cannot open a folder as a channel; NTFS journals its renames
		}
	}
}
