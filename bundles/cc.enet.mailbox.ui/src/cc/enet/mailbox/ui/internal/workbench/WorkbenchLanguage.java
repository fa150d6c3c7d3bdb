package cc.enet.mailbox.ui.internal.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workbench saves its window (workbench.xmi) with the labels of the language it ran in, and shows those again
 * at the next start: after {@code -nl ja} following an English session, views and menus would stay English. So the
 * language of the saved state is noted beside it, and the state is forgotten when the language changed (the layout
 * goes back to the perspective's; the console keeps no other state there).
 */
public final class WorkbenchLanguage {

	static final String STATE = ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi";
	static final String NOTE = ".metadata/.plugins/cc.enet.mailbox.ui/workbench-language";

	private WorkbenchLanguage() {
	}

	/**
	 * Forgets the saved workbench state under {@code instanceArea} (the -data folder) unless it was saved in
	 * {@code language}; then notes {@code language}. Returns whether the state was forgotten.
	 */
	public static boolean forgetStateOfOtherLanguage(Path instanceArea, String language) throws IOException {
		Path state = instanceArea.resolve(STATE);
		Path note = instanceArea.resolve(NOTE);
		String saved = Files.isRegularFile(note) ? Files.readString(note, StandardCharsets.UTF_8).strip() : null;
		boolean forget = Files.exists(state) && !language.equals(saved);
		if (forget) {
			Files.delete(state);
		}
		if (!language.equals(saved)) {
			Files.createDirectories(note.getParent());
			Files.writeString(note, language, StandardCharsets.UTF_8);
		}
		return forget;
	}
}
