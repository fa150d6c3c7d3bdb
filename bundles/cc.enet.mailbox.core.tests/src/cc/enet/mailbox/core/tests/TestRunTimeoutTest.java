package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The build gives every test a deadline, in a thread of its own, so a test stuck on a modal dialog (the UI thread
 * blocked) fails within minutes instead of holding the run until the CI's limit. Checks what the build passed in.
 */
class TestRunTimeoutTest {

	@Test
	void everyTestHasADeadlineOfMinutesInItsOwnThread() {
		String timeout = System.getProperty("junit.jupiter.execution.timeout.default");
		assertNotNull(timeout, "the build sets a default test timeout");
		assertTrue(timeout.matches("\\d+ ?(s|m)"), timeout);
		int minutes = timeout.endsWith("m") ? Integer.parseInt(timeout.replaceAll("\\D", "")) : Integer.parseInt(timeout.replaceAll("\\D", "")) / 60;
		assertTrue(minutes <= 10, "minutes, not the CI's 90: " + timeout);
		assertEquals("SEPARATE_THREAD", System.getProperty("junit.jupiter.execution.timeout.thread.mode.default"),
				"a blocked thread cannot hold the verdict");
	}
}
