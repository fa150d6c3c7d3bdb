package cc.enet.mailbox.clientconfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import cc.enet.mailbox.Retention;
import cc.enet.mailbox.clientconfig.internal.ClientConfigText;

/**
 * The mail client a setup sheet (and its setup mail) is made for: its steps in that client's own labels, and the
 * guide's notes on it. {@link #ANY} is the sheet in the guide's terms alone, for whatever client the customer uses.
 * Each profile's words are keys {@code client.<id>.<step>} of the setup files' texts: the guide's words where the
 * guide names the client's label, else the label of the client's current version, which {@code client.<id>.source}
 * names.
 */
public enum MailClient {

	ANY("any", List.of(), List.of()),
	THUNDERBIRD("thunderbird", List.of("account", "ssl", "auth", "smtpAuth", "compose", "connection"),
			List.of("auth", "htmlAndConnection")),
	OUTLOOK("outlook", List.of("account", "ssl", "auth", "smtpAuth"), List.of("retention", "discouraged")),
	WINDOWS_MAIL("windows-mail", List.of("account", "ssl", "auth", "smtpAuth"), List.of("auth")),
	APPLE("apple", List.of("account", "ssl", "auth", "smtpAuth"), List.of("ssl")),
	EDMAX("edmax", List.of("account", "ssl", "auth", "smtpAuth"), List.of("versions", "pop3s", "starttls"));

	private final String id;
	private final List<String> steps;
	private final List<String> notes;

	MailClient(String id, List<String> steps, List<String> notes) {
		this.id = id;
		this.steps = steps;
		this.notes = notes;
	}

	/** As the command line's {@code --client} takes it. */
	public String id() {
		return id;
	}

	public static Optional<MailClient> fromId(String id) {
		return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
	}

	/** Every id, as a usage line lists them: {@code thunderbird|outlook|...|any}, today's sheet last. */
	public static String ids() {
		return Arrays.stream(values()).filter(c -> c != ANY).map(MailClient::id).collect(Collectors.joining("|")) + "|"
				+ ANY.id;
	}

	/** The client's name with the version its labels come from, e.g. "Thunderbird 128". */
	public String title(Locale locale) {
		return phrase(locale, "name");
	}

	/** Where the quoted labels come from: the guide, or the client's version. */
	public String source(Locale locale) {
		return this == ANY ? "" : phrase(locale, "source");
	}

	/**
	 * The steps in this client's labels, the last one setting what the mailbox's retention says; none for {@link #ANY}.
	 */
	public List<String> steps(Locale locale, ClientSetup setup) {
		if (this == ANY) {
			return List.of();
		}
		List<String> lines = new ArrayList<>(steps.stream().map(step -> phrase(locale, step)).toList());
		lines.add(retention(locale, setup));
		return lines;
	}

	/** The guide's notes on this client, in the guide's words. */
	public List<String> notes(Locale locale) {
		return notes.stream().map(note -> phrase(locale, "note." + note)).toList();
	}

	private String retention(Locale locale, ClientSetup setup) {
		Retention retention = setup.retention();
		return switch (retention) {
		case DELETE_AFTER_DOWNLOAD -> phrase(locale, "retention.delete");
		case LEAVE_DAYS -> ClientConfigText.get(locale, key("retention.leaveDays"), setup.retentionDays());
		case LEAVE_FOREVER -> phrase(locale, "retention.leaveForever");
		};
	}

	private String phrase(Locale locale, String step) {
		return ClientConfigText.get(locale, key(step));
	}

	private String key(String step) {
		return "client." + id + "." + step;
	}
}
