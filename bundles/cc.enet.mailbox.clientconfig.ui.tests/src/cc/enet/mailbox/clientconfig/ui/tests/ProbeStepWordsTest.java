package cc.enet.mailbox.clientconfig.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cc.enet.mailbox.clientconfig.ui.probe.ProbeResultsView;

/** Test Results names the probe's steps in the console's words, and a step it does not know as the probe does. */
class ProbeStepWordsTest {

	@BeforeEach
	void english() {
		assumeTrue(Locale.getDefault().getLanguage().equals("en"));
	}

	@Test
	void aKnownStepIsNamedInWords() {
		assertEquals("connect", ProbeResultsView.step("connect"));
		assertEquals("DNS", ProbeResultsView.step("dns"));
	}

	@Test
	void aStepOfALaterProbeIsShownAsItIs() {
		assertEquals("next-step", ProbeResultsView.step("next-step"));
	}
}
