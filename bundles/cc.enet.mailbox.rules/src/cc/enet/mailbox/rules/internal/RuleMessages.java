package cc.enet.mailbox.rules.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;

import cc.enet.mailbox.model.EnumLabels;

/**
 * Rule messages in any of the shipped languages at once (the CLI prints the user's, the JSON and the tests need
 * both), which Eclipse's NLS class, bound to one locale, cannot give.
 */
public final class RuleMessages {

	private static final String BUNDLE = "cc.enet.mailbox.rules.internal.messages";

	private RuleMessages() {
	}

	public static String format(Locale locale, String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, RuleMessages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		String pattern;
		try {
			pattern = bundle.getString(key);
		} catch (MissingResourceException e) {
			pattern = key;
		}
		return new MessageFormat(pattern, locale).format(labelled(arguments, locale));
	}

	/** A value of the model's enumerations reads as staff name it (CRAM-MD5, 通常の認証方法), not as its literal. */
	private static Object[] labelled(Object[] arguments, Locale locale) {
		Object[] labelled = arguments.clone();
		for (int i = 0; i < labelled.length; i++) {
			if (labelled[i] instanceof Enumerator value) {
				labelled[i] = EnumLabels.label(value, locale);
			}
		}
		return labelled;
	}
}
