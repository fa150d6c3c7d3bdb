package cc.enet.mailbox.ui.tests;

import cc.enet.mailbox.ui.tests.bots.Languages;
import cc.enet.mailbox.ui.tests.bots.ScreenWalk;

/** The walk in the console started with -nl ja (see the pom): no English beyond names. */
class JapaneseScreenWalkTest extends ScreenWalkTest {

	@Override
	String language() {
		return "ja";
	}

	@Override
	ScreenWalk walk() {
		return new ScreenWalk("ja", Languages::hasEnglish);
	}
}
