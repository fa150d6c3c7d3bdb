package cc.enet.mailbox.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages of the core (CSV problems) in a language chosen per call: the CLI and the UI each pass their own. */
public final class CoreMessages {

	private CoreMessages() {
	}

	public static String format(Locale locale, String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle("cc.enet.mailbox.core.internal.messages", locale,
				CoreMessages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		String pattern;
		try {
			pattern = bundle.getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
		return new MessageFormat(pattern, locale).format(arguments);
	}
}
