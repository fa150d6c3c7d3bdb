package cc.enet.mailbox.ui.tests.bots;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether a text a person reads is in the other language. */
public final class Languages {

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
	/**
	 * Not words: mnemonics, addresses, URLs, host names, rule ids and file names (anything with a dot inside), paths,
	 * a command line of ./mailbox, the name of the SMTP extension.
	 */
	private static final Pattern NAMES = Pattern.compile("\\(&.\\)|&|\\S+@\\S+|[a-z]+://\\S+|[\\w-]+(?:\\.[\\w-]+)+"
			+ "|\\[[\\w.-]+\\]|\\{\\d\\}|(?:/[\\w.-]+)+|mailbox(?: (?:--)?[\\w-]+)+|SMTP Authentication|U\\+[0-9A-F]{4,5}");
	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9]+)*");
	/**
	 * Names a Japanese screen keeps as they are: products, protocols and standards, units, keys, the server kinds and
	 * the setting keys the CLI takes.
	 */
	private static final Set<String> NAMES_KEPT = Set.of("pop3", "pop3s", "imap", "imaps", "smtp", "smtps", "ssl", "tls",
			"starttls", "dns", "mx", "mb", "gb", "kb", "csv", "utf-8", "utf", "bom", "shift_jis", "iso-2022-jp", "jis",
			"enet", "sha-256", "sha", "url", "ok", "pdf", "thunderbird", "outlook", "autodiscover", "autoconfig", "apple",
			"james", "dovecot", "webadmin", "managesieve", "managesieve-user", "doveadm", "http", "https", "api", "java",
			"sieve", "sieve-dir", "ctrl", "shift", "alt", "cram-md5", "apop", "ntlm", "kerberos", "spa", "hetemail", "auth", "none", "user",
			"timeout", "postfix", "postgresql", "ip", "id", "esc", "tab", "excel", "windows", "eclipse", "ja", "en",
			"auth-mechanisms", "x509", "plain", "login", "ms", "unicode", "gssapi", "xml", "mobileconfig",
			// the mail clients a setup sheet is made for, by their product names
			"live", "mail", "edmax", "macos", "ios",
			// the guide writes these in Latin letters: WEB メール, SPAM フィルター
			"web", "spam");

	/**
	 * The customer's data a message quotes (a sender name, the character it cannot send, a look-alike named by its
	 * code point): not the console's words.
	 */
	private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\\(\\S\\)|\\S(?= U\\+[0-9A-F]{4,5})");

	private Languages() {
	}

	public static boolean hasJapanese(String text) {
		return JAPANESE.matcher(QUOTED.matcher(text).replaceAll(" ")).find();
	}

	/** An English word a Japanese screen should not show; one letter alone (a key, a drive) is not a word. */
	public static boolean hasEnglish(String text) {
		Matcher words = WORD.matcher(NAMES.matcher(text).replaceAll(" "));
		while (words.find()) {
			String word = words.group();
			if (word.length() > 1 && !NAMES_KEPT.contains(word.toLowerCase(Locale.ROOT)) && !word.matches("F\\d+")) {
				return true;
			}
		}
		return false;
	}
}
