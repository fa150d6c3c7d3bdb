package cc.enet.mailbox.rules;

import java.text.DateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import cc.enet.mailbox.DnsCheck;
import cc.enet.mailbox.DnsOutcome;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.rules.internal.RuleMessages;

/**
 * A domain whose mail service is off, as the model records it: its MX or DNS moved away from Enet (found by a DNS
 * check or recorded by staff), or its mail option lost for good to the course's free forwarding. While it holds, no
 * setup file, sheet or setup mail goes out for the domain and apply refuses its changes. Read from the model only,
 * so refusing never waits on DNS.
 *
 * @param since when a check first found the mail away from Enet; null when not known
 * @param check the DNS check that found it; null when staff recorded it
 */
public record MailOff(String domain, Reason reason, Date since, DnsCheck check) {

	public enum Reason {
		/** MX / ZONE / DNS changed away from Enet. */
		DNS_MOVED,
		/** The course's free mail forwarding disabled the mail option; the guide says it cannot be undone. */
		OPTION_LOST
	}

	/** Why the domain's mail is off, or empty while it is on. The lost option wins: no DNS check brings it back. */
	public static Optional<MailOff> of(Domain domain) {
		if (domain == null) {
			return Optional.empty();
		}
		if (domain.isMailOptionLost()) {
			return Optional.of(new MailOff(domain.getName(), Reason.OPTION_LOST, null, null));
		}
		if (domain.isDnsExternal()) {
			DnsCheck check = domain.getDnsCheck();
			boolean found = check != null && check.getOutcome() != DnsOutcome.ENET_MX;
			return Optional.of(new MailOff(domain.getName(), Reason.DNS_MOVED, found ? check.getMailOffSince() : null,
					found ? check : null));
		}
		return Optional.empty();
	}

	/** What staff read: the reason in the guide's words, the records seen and which resolver said so. */
	public String message(Locale locale) {
		if (reason == Reason.OPTION_LOST) {
			return RuleMessages.format(locale, "mailoff.option", domain);
		}
		if (check == null) {
			return RuleMessages.format(locale, "mailoff.dns.recorded", domain);
		}
		List<String> records = check.getRecords();
		return RuleMessages.format(locale, "mailoff.dns.checked", domain, check.getOutcome(), time(since, locale),
				records.isEmpty() ? "-" : String.join(", ", records), check.getResolver(),
				time(check.getCheckedAt(), locale));
	}

	/** A short label for a column: the reason and since when. */
	public String label(Locale locale) {
		return reason == Reason.OPTION_LOST ? RuleMessages.format(locale, "mailoff.option.short")
				: RuleMessages.format(locale, "mailoff.dns.short", since == null ? "-" : time(since, locale));
	}

	static String time(Date date, Locale locale) {
		if (date == null) {
			return "-";
		}
		DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale);
		format.setTimeZone(TimeZone.getDefault());
		return format.format(date);
	}
}
