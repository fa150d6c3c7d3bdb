package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.MailboxSettings;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** "Leave a copy on the server" needs "delete after N days", or the mailbox bursts. */
public final class RetentionUnbounded extends Constraint<MailboxSettings> {
	public RetentionUnbounded() {
		super("retention.unbounded", Severity.ERROR, Literals.MAILBOX_SETTINGS);
	}

	@Override
	protected void check(MailboxSettings settings, RuleContext context) {
		if (settings.getRetention() == Retention.LEAVE_FOREVER) {
			context.report(settings, Literals.MAILBOX_SETTINGS__RETENTION);
		} else if (settings.getRetention() == Retention.LEAVE_DAYS && settings.getRetentionDays() <= 0) {
			context.reportWithMessage("retention.unbounded.days", settings, Literals.MAILBOX_SETTINGS__RETENTION_DAYS,
					String.valueOf(settings.getRetentionDays()));
		}
	}
}
