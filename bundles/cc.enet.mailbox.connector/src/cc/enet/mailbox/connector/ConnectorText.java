package cc.enet.mailbox.connector;

import java.util.Locale;
import java.util.function.Function;

import cc.enet.mailbox.model.Texts;

/**
 * A connector's progress, result or error text in any shipped language: a key of the connector bundle's messages
 * and its arguments (which may be texts themselves). The language is chosen when it is shown (the CLI's --lang,
 * the console's -nl), not when a worker thread makes it; {@link #toString()} is English, for logs and the audit log.
 */
public final class ConnectorText {

	private final Texts texts;
	private final String key;
	private final Object[] arguments;
	/** Set for a text another layer words per language (a rule's message): shown through it. */
	private final Function<Locale, String> words;

	private ConnectorText(Texts texts, String key, Object[] arguments) {
		this(texts, key, arguments, null);
	}

	private ConnectorText(Texts texts, String key, Object[] arguments, Function<Locale, String> words) {
		this.texts = texts;
		this.key = key;
		this.arguments = arguments;
		this.words = words;
	}

	/**
	 * @param messages a class beside the {@code messages.properties} (and {@code messages_ja.properties}) it reads
	 */
	public static ConnectorText of(Class<?> messages, String key, Object... arguments) {
		return new ConnectorText(Texts.beside(messages), key, arguments.clone());
	}

	/** A text that is the same in every language, such as a server's own answer. */
	public static ConnectorText verbatim(String text) {
		return new ConnectorText(null, text, new Object[0]);
	}

	/** A text worded elsewhere in every language (e.g. why a domain's mail is off), known by {@code key}. */
	public static ConnectorText worded(String key, Function<Locale, String> words) {
		return new ConnectorText(null, key, new Object[0], words);
	}

	/** The key in its bundle's messages (the text itself for a verbatim one). */
	public String key() {
		return key;
	}

	public String in(Locale locale) {
		if (words != null) {
			return words.apply(locale);
		}
		if (texts == null) {
			return key;
		}
		Object[] shown = arguments.clone();
		for (int i = 0; i < shown.length; i++) {
			if (shown[i] instanceof ConnectorText text) {
				shown[i] = text.in(locale);
			}
		}
		return texts.get(locale, key, shown);
	}

	@Override
	public String toString() {
		return in(Locale.ENGLISH);
	}
}
