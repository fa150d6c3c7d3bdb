package cc.enet.mailbox.core.io;

import java.io.IOException;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/** {@code syncfs(2)} through JNA; apart from {@link FileSystemSync} so that a missing JNA only makes it unavailable. */
final class LinuxSyncfs {

	private static final int O_RDONLY = 0;

	private LinuxSyncfs() {
	}

	/** Binds libc's calls; false off Linux or where libc has no syncfs. */
	static boolean load() {
		if (!Platform.isLinux()) {
			return false;
		}
		try {
			Native.register(LibC.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
			return true;
		} catch (UnsatisfiedLinkError | IllegalArgumentException e) {
			return false;
		}
	}

	static void sync(String path) throws IOException {
		int fd;
		try {
			fd = LibC.open(path, O_RDONLY);
		} catch (LastErrorException e) {
			throw new IOException("cannot open " + path + " to force its file system to disk: errno " + e.getErrorCode(), e);
		}
		try {
			LibC.syncfs(fd);
		} catch (LastErrorException e) {
			throw new IOException("the file system of " + path + " could not be forced to disk: errno " + e.getErrorCode(), e);
		} finally {
			try {
				LibC.close(fd);
			} catch (LastErrorException ignored) {
				// the descriptor is released whatever close answers; syncfs already did
			}
		}
	}

	/** libc's calls, bound directly by {@link Native#register}. */
	private static final class LibC {
		static native int open(String path, int flags) throws LastErrorException;

		static native int syncfs(int fd) throws LastErrorException;

		static native int close(int fd) throws LastErrorException;
	}
}
