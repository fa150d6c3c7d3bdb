package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.ui.internal.workbench.WorkbenchLanguage;

/** The saved window state of one language never reaches a session in another. */
class WorkbenchLanguageTest {

	private static final String STATE = ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi";

	@TempDir
	Path data;

	@Test
	void aJapaneseSessionForgetsTheWindowAnEnglishOneSaved() throws Exception {
		assertFalse(WorkbenchLanguage.forgetStateOfOtherLanguage(data, "en"), "nothing saved yet");
		save("label=\"Problems\"");
		assertFalse(WorkbenchLanguage.forgetStateOfOtherLanguage(data, "en"), "the same language keeps its layout");
		assertTrue(Files.exists(data.resolve(STATE)));

		assertTrue(WorkbenchLanguage.forgetStateOfOtherLanguage(data, "ja"));
		assertFalse(Files.exists(data.resolve(STATE)), "English titles must not come back in Japanese");

		save("label=\"問題\"");
		assertFalse(WorkbenchLanguage.forgetStateOfOtherLanguage(data, "ja"));
		assertEquals("label=\"問題\"", Files.readString(data.resolve(STATE)));
		assertTrue(WorkbenchLanguage.forgetStateOfOtherLanguage(data, "en"));
	}

	@Test
	void aStateSavedBeforeLanguagesWereNotedIsForgotten() throws Exception {
		save("label=\"Problems\"");
		assertTrue(WorkbenchLanguage.forgetStateOfOtherLanguage(data, "ja"), "of unknown language: it may be English");
	}

	private void save(String content) throws Exception {
		Files.createDirectories(data.resolve(STATE).getParent());
		Files.writeString(data.resolve(STATE), content);
	}
}
