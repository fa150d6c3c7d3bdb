package cc.enet.mailbox.team;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A text of the team layer in any shipped language: a key of {@code internal/messages.properties} and its arguments.
 * The language is chosen when it is shown (the CLI's --lang, the console's -nl); {@link #toString()} is English.
 */
public final class TeamText {

	private static final String BUNDLE = "cc.enet.mailbox.team.internal.messages";

	private final String key;
	private final Object[] arguments;

	private TeamText(String key, Object[] arguments) {
		this.key = key;
		this.arguments = arguments;
	}

	public static TeamText of(String key, Object... arguments) {
		return new TeamText(key, arguments.clone());
	}

	public String key() {
		return key;
	}

	public String in(Locale locale) {
		String pattern;
		try {
			pattern = ResourceBundle.getBundle(BUNDLE, locale, TeamText.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
		} catch (MissingResourceException e) {
			return key + Arrays.toString(arguments);
		}
		Object[] shown = arguments.clone();
		for (int i = 0; i < shown.length; i++) {
			if (shown[i] instanceof TeamText text) {
				shown[i] = text.in(locale);
			} else if (shown[i] instanceof Number number) {
				shown[i] = String.valueOf(number); // a count or a port, never "54,001"
			}
		}
		return new MessageFormat(pattern, locale).format(shown);
	}

	@Override
	public String toString() {
		return in(Locale.ENGLISH);
	}
}
