package cc.enet.mailbox.connector;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A connector's progress, result or error text in any shipped language: a key of the connector bundle's messages
 * and its arguments (which may be texts themselves). The language is chosen when it is shown (the CLI's --lang,
 * the console's -nl), not when a worker thread makes it; {@link #toString()} is English, for logs and the audit log.
 */
public final class ConnectorText {

	private final String bundle;
	private final ClassLoader loader;
	private final String key;
	private final Object[] arguments;

	private ConnectorText(String bundle, ClassLoader loader, String key, Object[] arguments) {
		this.bundle = bundle;
		this.loader = loader;
		this.key = key;
		this.arguments = arguments;
	}

	/**
	 * @param messages a class beside the {@code messages.properties} (and {@code messages_ja.properties}) it reads
	 */
	public static ConnectorText of(Class<?> messages, String key, Object... arguments) {
		return new ConnectorText(messages.getPackageName() + ".messages", messages.getClassLoader(), key, arguments.clone());
	}

	/** A text that is the same in every language, such as a server's own answer. */
	public static ConnectorText verbatim(String text) {
		return new ConnectorText(null, null, text, new Object[0]);
	}

	/** The key in its bundle's messages (the text itself for a verbatim one). */
	public String key() {
		return key;
	}

	public String in(Locale locale) {
		if (bundle == null) {
			return key;
		}
		String pattern;
		try {
			pattern = ResourceBundle.getBundle(bundle, locale, loader,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
		} catch (MissingResourceException e) {
			return key + Arrays.toString(arguments);
		}
		Object[] shown = arguments.clone();
		for (int i = 0; i < shown.length; i++) {
			if (shown[i] instanceof ConnectorText text) {
				shown[i] = text.in(locale);
			} else if (shown[i] instanceof Number number) {
				shown[i] = String.valueOf(number); // a port or a count, never "40,026"
			}
		}
		return new MessageFormat(pattern, locale).format(shown);
	}

	@Override
	public String toString() {
		return in(Locale.ENGLISH);
	}
}
