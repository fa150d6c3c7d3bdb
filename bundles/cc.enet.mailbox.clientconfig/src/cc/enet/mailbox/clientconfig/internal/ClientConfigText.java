package cc.enet.mailbox.clientconfig.internal;

import java.util.Locale;

import cc.enet.mailbox.model.Texts;

/** The setup files' own words (refusals, the printed sheet) in English or Japanese. */
public final class ClientConfigText {

	private static final Texts TEXTS = Texts.beside(ClientConfigText.class);

	private ClientConfigText() {
	}

	public static String get(Locale locale, String key, Object... arguments) {
		return TEXTS.get(locale, key, arguments);
	}
}
