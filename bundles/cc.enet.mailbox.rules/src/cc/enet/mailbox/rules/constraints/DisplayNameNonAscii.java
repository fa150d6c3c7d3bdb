package cc.enet.mailbox.rules.constraints;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.DisplayNames;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/**
 * The guide calls ASCII names "safe"; encodable kanji are allowed, so this is only information (it fires on every
 * Japanese name). Unencodable names get the error instead.
 */
public final class DisplayNameNonAscii extends Constraint<Mailbox> {
	public DisplayNameNonAscii() {
		super("displayname.nonascii", Severity.INFO, Literals.MAILBOX);
	}

	@Override
	protected void check(Mailbox mailbox, RuleContext context) {
		String name = mailbox.getDisplayName();
		if (name != null && hasNonAscii(name) && DisplayNames.isSendable(name)) {
			context.report(mailbox, Literals.MAILBOX__DISPLAY_NAME, name);
		}
	}

	private static boolean hasNonAscii(String name) {
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) >= 0x80) {
				return true;
			}
		}
		return false;
	}
}
