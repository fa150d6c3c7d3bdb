package cc.enet.mailbox.ui.views;

import java.text.DateFormat;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import cc.enet.mailbox.DnsCheck;
import cc.enet.mailbox.DnsOutcome;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.rules.MailOff;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * The navigator's "Mail / DNS" cell of a domain, from what the model records (never asking DNS): mail off and since
 * when, Enet's MX and when that was checked, or not checked yet; and an IMAP host staff have not confirmed.
 */
final class MailStateLabel {

	private MailStateLabel() {
	}

	static String of(Domain domain, Locale locale) {
		String state = mailState(domain, locale);
		return imapHostUnconfirmed(domain) ? state + " \u00b7 " + UiMessages.Navigator_imapUnconfirmed : state;
	}

	/**
	 * Whether the domain's IMAP host is still the guide's likely one: staff have not seen it in the customer's webmail
	 * (環境設定 ⇒ 基本設定), so the sheet prints it with where to check it.
	 */
	static boolean imapHostUnconfirmed(Domain domain) {
		return domain.getEndpoints().stream().anyMatch(e -> e.getProtocol() == Protocol.IMAP && !e.isHostConfirmed());
	}

	private static String mailState(Domain domain, Locale locale) {
		MailOff off = MailOff.of(domain).orElse(null);
		if (off != null) {
			return off.label(locale);
		}
		DnsCheck check = domain.getDnsCheck();
		if (check != null && check.getOutcome() == DnsOutcome.ENET_MX && check.getCheckedAt() != null) {
			return NLS.bind(UiMessages.Navigator_dnsEnet,
					DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale).format(check.getCheckedAt()));
		}
		return UiMessages.Navigator_dnsNotChecked;
	}
}
