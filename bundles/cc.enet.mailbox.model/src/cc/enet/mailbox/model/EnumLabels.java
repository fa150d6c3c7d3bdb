package cc.enet.mailbox.model;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The words staff read for a value of the model's enumerations ("Normal password", 通常の認証方法), never the
 * literal (NORMAL_PASSWORD). One place for every screen, the rule messages and the command line; no UI toolkit, so
 * the rules use it too. Any language at once, as rule messages need both.
 */
public final class EnumLabels {

	private static final Texts LABELS = Texts.named(EnumLabels.class, "labels");

	private EnumLabels() {
	}

	/** The label of {@code value} in {@code locale} (English when the locale has none); "" for null. */
	public static String label(Enumerator value, Locale locale) {
		return value == null ? "" : LABELS.get(locale, key(value));
	}

	/** The label in the user's language. */
	public static String label(Enumerator value) {
		return label(value, Locale.getDefault());
	}

	/** The labels of all {@code values}, in their order (for a combo). */
	public static String[] labels(List<? extends Enumerator> values, Locale locale) {
		return values.stream().map(v -> label(v, locale)).toArray(String[]::new);
	}

	/** The enum's class is named after the model's EEnum, so "AuthMethod.NORMAL_PASSWORD". */
	static String key(Enumerator value) {
		return value.getClass().getSimpleName() + "." + value.getName();
	}
}
