package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.MailboxSettings;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** UTF-8 can arrive garbled at receivers without Unicode support; ISO-2022-JP is the default. */
public final class EncodingUtf8 extends Constraint<MailboxSettings> {
	public EncodingUtf8() {
		super("encoding.utf8", Severity.WARNING, Literals.MAILBOX_SETTINGS);
	}

	@Override
	protected void check(MailboxSettings settings, RuleContext context) {
		if (settings.getSendEncoding() == SendEncoding.UTF_8) {
			context.report(settings, Literals.MAILBOX_SETTINGS__SEND_ENCODING);
		}
	}
}
