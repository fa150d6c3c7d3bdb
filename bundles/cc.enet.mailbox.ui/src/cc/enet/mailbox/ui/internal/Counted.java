package cc.enet.mailbox.ui.internal;

import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * Fills a text that counts something ("{0,choice,1#1 mailbox|1<{0} mailboxes}"), so English says "1 mailbox" and
 * "2 mailboxes" while Japanese keeps its one form ("{0} 件"). NLS.bind knows no choice; MessageFormat does. A count
 * outside a choice shows as its digits, as NLS.bind showed it.
 */
public final class Counted {

	private Counted() {
	}

	public static String bind(String pattern, Object... arguments) {
		Locale locale = Locale.getDefault();
		MessageFormat format = new MessageFormat(pattern, locale);
		Format[] formats = format.getFormatsByArgumentIndex();
		Object[] shown = arguments.clone();
		for (int i = 0; i < formats.length && i < shown.length; i++) {
			if (formats[i] == null && shown[i] instanceof Number) {
				format.setFormatByArgumentIndex(i, new DecimalFormat("0", DecimalFormatSymbols.getInstance(locale)));
			} else if (formats[i] instanceof ChoiceFormat && shown[i] instanceof String digits && digits.matches("\\d{1,18}")) {
				shown[i] = Long.valueOf(digits); // a count read from text (an audit line) still chooses its noun
			}
		}
		return format.format(shown);
	}
}
