package cc.enet.mailbox.core.store;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Test access to the store's seams (the fragment shares the package). */
public final class StoreFaults {

	private static final UnaryOperator<Path> UNIQUE = TempFiles.naming;

	private StoreFaults() {
	}

	/** Temporary files named {@code NAME.saving} until {@link #reset()}, so a test can block one. */
	public static void predictableTempNames() {
		TempFiles.naming = target -> target.resolveSibling(target.getFileName() + TempFiles.SUFFIX);
	}

	public static void reset() {
		TempFiles.naming = UNIQUE;
	}
}
