package cc.enet.mailbox.rules.internal;

import java.util.Locale;

import cc.enet.mailbox.model.Texts;
import cc.enet.mailbox.rules.LocalizedArgument;

/**
 * Rule messages in any of the shipped languages at once (the CLI prints the user's, the JSON and the tests need
 * both), which Eclipse's NLS class, bound to one locale, cannot give.
 */
public final class RuleMessages {

	private static final Texts TEXTS = Texts.beside(RuleMessages.class);

	private RuleMessages() {
	}

	public static String format(Locale locale, String key, Object... arguments) {
		Object[] shown = arguments;
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] instanceof LocalizedArgument localized) {
				if (shown == arguments) {
					shown = arguments.clone();
				}
				shown[i] = localized.text(locale);
			}
		}
		return TEXTS.get(locale, key, shown);
	}
}
