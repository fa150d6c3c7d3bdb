package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** The guide calls ASCII names safe; kanji work but are a risk. Unencodable names get the error instead. */
public final class DisplayNameNonAscii extends Constraint<Mailbox> {
	public DisplayNameNonAscii() {
		super("displayname.nonascii", Severity.WARNING, Literals.MAILBOX);
	}

	@Override
	protected void check(Mailbox mailbox, RuleContext context) {
		String name = mailbox.getDisplayName();
		if (name != null && !name.chars().allMatch(c -> c < 0x80) && Iso2022Jp.unencodable(name).isEmpty()) {
			context.report(mailbox, Literals.MAILBOX__DISPLAY_NAME, name);
		}
	}
}
