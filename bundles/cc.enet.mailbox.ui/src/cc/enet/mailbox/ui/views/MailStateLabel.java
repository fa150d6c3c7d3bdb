package cc.enet.mailbox.ui.views;

import java.text.DateFormat;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import cc.enet.mailbox.DnsCheck;
import cc.enet.mailbox.DnsOutcome;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.rules.MailOff;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * The navigator's "Mail / DNS" cell of a domain, from what the model records (never asking DNS): mail off and since
 * when, Enet's MX and when that was checked, or not checked yet.
 */
final class MailStateLabel {

	private MailStateLabel() {
	}

	static String of(Domain domain, Locale locale) {
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
