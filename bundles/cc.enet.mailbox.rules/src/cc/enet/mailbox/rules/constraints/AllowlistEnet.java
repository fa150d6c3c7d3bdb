package cc.enet.mailbox.rules.constraints;

import java.util.List;

import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.MailboxSettings;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** Enet asks every customer to allow its three domains so its own notices are never refused. */
public final class AllowlistEnet extends Constraint<MailboxSettings> {
	public AllowlistEnet() {
		super("allowlist.enet", Severity.WARNING, Literals.MAILBOX_SETTINGS);
	}

	@Override
	protected void check(MailboxSettings settings, RuleContext context) {
		List<String> missing = MissingEnetDomains.of(settings);
		if (!missing.isEmpty()) {
			String domains = String.join(", ", missing);
			if (settings.getFilters() == null) {
				// No filters object yet: point at the settings' own filters reference, a feature it really has.
				context.report(settings, Literals.MAILBOX_SETTINGS__FILTERS, domains);
			} else {
				context.report(settings.getFilters(), Literals.FILTERS__ALLOW_DOMAINS, domains);
			}
		}
	}
}
