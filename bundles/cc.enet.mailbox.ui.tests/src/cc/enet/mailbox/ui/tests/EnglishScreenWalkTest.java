package cc.enet.mailbox.ui.tests;

import cc.enet.mailbox.ui.tests.bots.Languages;
import cc.enet.mailbox.ui.tests.bots.ScreenWalk;

/** The walk in the English console: no Japanese. */
class EnglishScreenWalkTest extends ScreenWalkTest {

	@Override
	String language() {
		return "en";
	}

	@Override
	ScreenWalk walk() {
		return new ScreenWalk("en", Languages::hasJapanese);
	}
}
