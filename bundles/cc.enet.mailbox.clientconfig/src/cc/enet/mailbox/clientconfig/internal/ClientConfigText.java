package cc.enet.mailbox.clientconfig.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The setup files' own words (refusals, the printed sheet) in English or Japanese. */
public final class ClientConfigText {

	private ClientConfigText() {
	}

	public static String get(Locale locale, String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle("cc.enet.mailbox.clientconfig.internal.messages",
				locale.getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ROOT, ClientConfigText.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		String pattern = bundle.getString(key);
		return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(arguments);
	}
}
