package cc.enet.mailbox.cli.internal;

import java.util.Locale;

import cc.enet.mailbox.model.Texts;

/** The command line's own words in the chosen language (--lang, else the user's locale). */
public final class CliText {

	private static final Texts TEXTS = Texts.beside(CliText.class);

	private final Locale locale;
	private final boolean languageChosen;

	public CliText(Locale locale) {
		this(locale, false);
	}

	/** @param languageChosen whether --lang was given (files for customers default to Japanese, not to LANG) */
	public CliText(Locale locale, boolean languageChosen) {
		this.locale = locale;
		this.languageChosen = languageChosen;
	}

	public Locale locale() {
		return locale;
	}

	public boolean languageChosen() {
		return languageChosen;
	}

	public String get(String key, Object... arguments) {
		return TEXTS.get(locale, key, arguments);
	}
}
