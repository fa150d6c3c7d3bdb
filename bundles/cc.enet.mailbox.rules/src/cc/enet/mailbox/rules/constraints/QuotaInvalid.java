package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.MailboxSettings;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** A quota of 0 MB or less: the mailbox is full from the start and every new mail is refused. */
public final class QuotaInvalid extends Constraint<MailboxSettings> {
	public QuotaInvalid() {
		super("quota.invalid", Severity.ERROR, Literals.MAILBOX_SETTINGS);
	}

	@Override
	protected void check(MailboxSettings settings, RuleContext context) {
		if (settings.getQuotaMb() <= 0) {
			context.report(settings, Literals.MAILBOX_SETTINGS__QUOTA_MB, String.valueOf(settings.getQuotaMb()));
		}
	}
}
