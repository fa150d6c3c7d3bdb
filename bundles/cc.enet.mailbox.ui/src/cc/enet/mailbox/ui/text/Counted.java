package cc.enet.mailbox.ui.text;

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
		MessageFormat format = new MessageFormat(digitsInChoices(pattern), locale);
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

	/**
	 * The pattern with each count inside a choice ("1<{0} mailboxes") shown as digits, as outside one: MessageFormat
	 * would write 10,000 there and 10000 beside it.
	 */
	static String digitsInChoices(String pattern) {
		StringBuilder out = new StringBuilder(pattern.length() + 16);
		int depth = 0;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' && depth > 0 && i + 2 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))
					&& pattern.charAt(i + 2) == '}') {
				out.append('{').append(pattern.charAt(i + 1)).append(",number,0}");
				i += 2;
				continue;
			}
			if (c == '{') {
				depth += depth > 0 || pattern.startsWith(",choice,", pattern.indexOf(',', i)) && pattern.indexOf(',', i) < pattern.indexOf('}', i) ? 1 : 0;
			} else if (c == '}' && depth > 0) {
				depth--;
			}
			out.append(c);
		}
		return out.toString();
	}
}
