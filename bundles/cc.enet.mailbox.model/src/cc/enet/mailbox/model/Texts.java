package cc.enet.mailbox.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The one way the layers below the UI load their words: a {@code .properties} bundle (English, with
 * {@code _ja} beside it) read in whichever language each call asks for, as the CLI (--lang), the rule messages (both
 * languages at once) and worker threads need. A missing key shows as {@code !key!}, never as nothing and never as an
 * exception (a test holds both languages complete); a whole number shows as its digits (a port is 55465, never 55,465); a
 * value of the model's enumerations shows in staff's words ({@link EnumLabels}).
 */
public final class Texts {

	private final String bundle;
	private final ClassLoader loader;

	private Texts(String bundle, ClassLoader loader) {
		this.bundle = bundle;
		this.loader = loader;
	}

	/** The {@code messages.properties} in the package of {@code anchor}. */
	public static Texts beside(Class<?> anchor) {
		return named(anchor, "messages");
	}

	/** The {@code NAME.properties} in the package of {@code anchor}. */
	public static Texts named(Class<?> anchor, String name) {
		return new Texts(anchor.getPackageName() + "." + name, anchor.getClassLoader());
	}

	/** The text of {@code key}, its arguments filled in; without arguments {@code ''} is one quote and braces stay. */
	public String get(Locale locale, String key, Object... arguments) {
		String pattern;
		try {
			pattern = ResourceBundle.getBundle(bundle, locale, loader,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
		} catch (MissingResourceException e) {
			return "!" + key + "!";
		}
		if (arguments.length == 0) {
			return pattern.replace("''", "'");
		}
		return new MessageFormat(pattern, locale).format(shown(arguments, locale));
	}

	private static Object[] shown(Object[] arguments, Locale locale) {
		Object[] shown = arguments.clone();
		for (int i = 0; i < shown.length; i++) {
			if (shown[i] instanceof Integer || shown[i] instanceof Long || shown[i] instanceof Short) {
				shown[i] = String.valueOf(shown[i]);
			} else if (shown[i] instanceof Enumerator value) {
				shown[i] = EnumLabels.label(value, locale);
			}
		}
		return shown;
	}
}
