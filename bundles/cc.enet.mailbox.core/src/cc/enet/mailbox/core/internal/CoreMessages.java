package cc.enet.mailbox.core.internal;

import java.util.Locale;

import cc.enet.mailbox.model.Texts;

/** Messages of the core (CSV problems) in a language chosen per call: the CLI and the UI each pass their own. */
public final class CoreMessages {

	private static final Texts TEXTS = Texts.beside(CoreMessages.class);

	private CoreMessages() {
	}

	public static String format(Locale locale, String key, Object... arguments) {
		return TEXTS.get(locale, key, arguments);
	}
}
