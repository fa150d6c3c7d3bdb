package cc.enet.mailbox.cli.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The command line's own words in the chosen language (--lang, else the user's locale). */
public final class CliText {

	private final Locale locale;
	private final boolean languageChosen;
	private final ResourceBundle bundle;

	public CliText(Locale locale) {
		this(locale, false);
	}

	/** @param languageChosen whether --lang was given (files for customers default to Japanese, not to LANG) */
	public CliText(Locale locale, boolean languageChosen) {
		this.locale = locale;
		this.languageChosen = languageChosen;
		this.bundle = ResourceBundle.getBundle("cc.enet.mailbox.cli.internal.messages", locale,
				CliText.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public Locale locale() {
		return locale;
	}

	public boolean languageChosen() {
		return languageChosen;
	}

	public String get(String key, Object... arguments) {
		String pattern;
		try {
			pattern = bundle.getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
		// The files quote for MessageFormat ('' is one '); texts without arguments (help with JSON braces) skip it.
		return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(arguments);
	}
}
