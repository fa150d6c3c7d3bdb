package cc.enet.mailbox.connector.ui.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.ui.text.Counted;

/**
 * The connector's change and value texts in the user's words. The connector writes them in one stable English form
 * (plans, journal, audit.log, which stay as written); the views read that form back and say it in the UI's language:
 * "set filters of a@b.jp to allow [] [enet.cc], deny [] []" becomes 「a@b.jp のドメイン許可を enet.cc に設定」. A text
 * of another form is shown as it is.
 */
public final class ChangeWords {

	private static final String ADDRESS = "(\\S+)";

	/** A change text's form, and how its parts are said. */
	private record Form(Pattern pattern, Function<Matcher, String> words) {
	}

	private static final List<Form> FORMS = List.of(
			form("create domain " + ADDRESS, m -> NLS.bind(ReviewMessages.Change_createDomain, m.group(1))),
			form("create mailbox " + ADDRESS, m -> NLS.bind(ReviewMessages.Change_createMailbox, m.group(1))),
			form("delete mailbox " + ADDRESS, m -> NLS.bind(ReviewMessages.Change_deleteMailbox, m.group(1))),
			form("enable mailbox " + ADDRESS, m -> NLS.bind(ReviewMessages.Change_enable, m.group(1))),
			form("disable mailbox " + ADDRESS, m -> NLS.bind(ReviewMessages.Change_disable, m.group(1))),
			form("set the initial password of " + ADDRESS, m -> NLS.bind(ReviewMessages.Change_initialPassword, m.group(1))),
			form("set sender name of " + ADDRESS + " to (.*)", m -> set(ReviewMessages.Change_displayName, m, Field.DISPLAY_NAME)),
			form("set quota of " + ADDRESS + " to (.*)", m -> set(ReviewMessages.Change_quota, m, Field.QUOTA)),
			form("set send encoding of " + ADDRESS + " to (.*)", m -> set(ReviewMessages.Change_sendEncoding, m, Field.SEND_ENCODING)),
			form("set retention of " + ADDRESS + " to (.*)", m -> set(ReviewMessages.Change_retention, m, Field.RETENTION)),
			form("set forwarding of " + ADDRESS + " to (.*)", m -> set(ReviewMessages.Change_forwarding, m, Field.FORWARDING)),
			form("set filters of " + ADDRESS + " to (.*)", m -> set(ReviewMessages.Change_filters, m, Field.ALLOW_DENY)),
			form("reject virus mail for " + ADDRESS, m -> NLS.bind(ReviewMessages.Change_rejectVirus, m.group(1))),
			form("accept virus mail for " + ADDRESS, m -> NLS.bind(ReviewMessages.Change_acceptVirus, m.group(1))),
			form("reject spam for " + ADDRESS, m -> NLS.bind(ReviewMessages.Change_rejectSpam, m.group(1))),
			form("accept spam for " + ADDRESS, m -> NLS.bind(ReviewMessages.Change_acceptSpam, m.group(1))),
			form("take ([a-z-]+) of " + ADDRESS + " from the server: (.*)", ChangeWords::take),
			form("pull " + ADDRESS, m -> NLS.bind(ReviewMessages.Change_pullMailbox, m.group(1))),
			form("pull", m -> ReviewMessages.Change_pull));

	private static final Pattern FILTERS = Pattern.compile(
			"allow \\[(.*?)\\] \\[(.*?)\\], deny \\[(.*?)\\] \\[(.*?)\\]((?:, reject virus)?)((?:, reject spam)?)");

	private ChangeWords() {
	}

	private static Form form(String regex, Function<Matcher, String> words) {
		return new Form(Pattern.compile(regex), words);
	}

	/** A change as the connector describes it ({@code Change.describe()}, an audit line's "change"), in words. */
	public static String change(String text) {
		if (text == null) {
			return "";
		}
		for (Form form : FORMS) {
			Matcher m = form.pattern().matcher(text);
			if (m.matches()) {
				return form.words().apply(m);
			}
		}
		return text;
	}

	/** An audit line's result ("done", "taken", none for an intent), in words; another is shown as it is. */
	public static String result(String result, boolean intent) {
		if (result == null || result.isEmpty()) {
			return intent ? ReviewMessages.Result_intent : "";
		}
		return switch (result) {
		case "done" -> ReviewMessages.Result_done;
		case "failed" -> ReviewMessages.Result_failed;
		case "skipped" -> ReviewMessages.Result_skipped;
		case "not-attempted" -> ReviewMessages.Result_notAttempted;
		case "taken" -> ReviewMessages.Result_taken;
		default -> result;
		};
	}

	private static String set(String template, Matcher m, Field field) {
		return NLS.bind(template, m.group(1), value(field, m.group(2)));
	}

	private static String take(Matcher m) {
		Field field = Arrays.stream(Field.values()).filter(f -> f.label().equals(m.group(1))).findFirst().orElse(null);
		String name = field == null ? m.group(1) : ReviewLabels.field(field);
		return NLS.bind(ReviewMessages.Change_take, new Object[] { name, m.group(2), field == null ? m.group(3) : value(field, m.group(3)) });
	}

	/** A value as {@code Field.describe} writes it (plans, changes), in words; null stays empty. */
	public static String value(Field field, String value) {
		if (value == null) {
			return "";
		}
		return switch (field) {
		case ACCOUNT, ENABLED, INITIAL_PASSWORD, REJECT_VIRUS, REJECT_SPAM -> yesNo(value);
		case SEND_ENCODING -> encoding(value);
		case RETENTION -> retention(value);
		case DISPLAY_NAME -> value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
				? NLS.bind(ReviewMessages.Value_quoted, value.substring(1, value.length() - 1)) : value;
		case FORWARDING -> forwarding(value);
		case ALLOW_DENY -> filters(value);
		case QUOTA -> value;
		};
	}

	private static String yesNo(String value) {
		return switch (value) {
		case "true" -> ReviewMessages.Value_yes;
		case "false" -> ReviewMessages.Value_no;
		default -> value;
		};
	}

	private static String encoding(String value) {
		SendEncoding encoding = SendEncoding.get(value);
		return encoding == null ? value : EnumLabels.label(encoding);
	}

	private static String retention(String value) {
		if (value.equals("no limit")) {
			return ReviewMessages.Value_noLimit;
		}
		Matcher m = Pattern.compile("(\\d+) days").matcher(value);
		return m.matches() ? Counted.bind(ReviewMessages.Value_days, Integer.valueOf(m.group(1))) : value;
	}

	/** "a@x.jp;b@y.jp (keep copy)", "-" for none. */
	private static String forwarding(String value) {
		boolean keep = value.endsWith(" (keep copy)");
		String targets = keep ? value.substring(0, value.length() - " (keep copy)".length()) : value;
		String shown = targets.equals("-") ? ReviewMessages.Value_none
				: String.join(ReviewMessages.Value_listSeparator, targets.split(";"));
		return keep ? NLS.bind(ReviewMessages.Value_keepCopy, shown) : shown;
	}

	/** "allow [addresses] [domains], deny [addresses] [domains]": each list under its name in the guide, empty ones left out. */
	private static String filters(String value) {
		Matcher m = FILTERS.matcher(value);
		if (!m.matches()) {
			return value;
		}
		List<String> parts = new ArrayList<>();
		String[] names = { ReviewMessages.Value_allowAddresses, ReviewMessages.Value_allowDomains,
				ReviewMessages.Value_denyAddresses, ReviewMessages.Value_denyDomains };
		for (int i = 0; i < names.length; i++) {
			String list = m.group(i + 1).strip();
			if (!list.isEmpty()) {
				parts.add(NLS.bind(names[i], String.join(ReviewMessages.Value_listSeparator, list.split(",\\s*"))));
			}
		}
		if (!m.group(5).isEmpty()) {
			parts.add(ReviewMessages.Value_rejectVirus);
		}
		if (!m.group(6).isEmpty()) {
			parts.add(ReviewMessages.Value_rejectSpam);
		}
		return parts.isEmpty() ? ReviewMessages.Value_none : String.join(ReviewMessages.Value_partSeparator, parts);
	}

	/** An audit line's message: the pull's count in words, any other (a server's answer) as it is. */
	public static String message(String message) {
		if (message == null) {
			return "";
		}
		Matcher m = Pattern.compile("(\\d+) mailboxes taken").matcher(message);
		return m.matches() ? Counted.bind(ReviewMessages.Audit_pullCount, Integer.valueOf(m.group(1))) : message;
	}
}
