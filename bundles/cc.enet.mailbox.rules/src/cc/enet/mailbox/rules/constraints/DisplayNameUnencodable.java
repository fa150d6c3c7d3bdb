package cc.enet.mailbox.rules.constraints;

import java.util.List;
import java.util.Set;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.DisplayNames;
import cc.enet.mailbox.rules.LookAlikes;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/**
 * A sender name that ISO-2022-JP cannot carry (髙, 﨑, ①, emoji, half-width kana, a no-break space) arrives with "?"
 * in place of the character: the guide forbids such names. See {@link DisplayNames} for what exactly is sendable.
 */
public final class DisplayNameUnencodable extends Constraint<Mailbox> {
	public DisplayNameUnencodable() {
		super("displayname.unencodable", Severity.ERROR, Literals.MAILBOX);
	}

	@Override
	protected void check(Mailbox mailbox, RuleContext context) {
		String name = mailbox.getDisplayName();
		if (name == null || name.isEmpty()) {
			return;
		}
		Set<String> bad = DisplayNames.unencodable(name);
		if (!bad.isEmpty()) {
			String proposal = DisplayNames.proposal(name);
			// 髙 and 高 look alike: the message names each by code point and name, in the reader's language
			context.report(mailbox, Literals.MAILBOX__DISPLAY_NAME, name, new LookAlikes.Characters(List.copyOf(bad)),
					proposal, new LookAlikes.Replacements(name, proposal));
		} else if (!DisplayNames.isNormalized(name)) {
			context.reportWithMessage("displayname.unencodable.nfc", mailbox, Literals.MAILBOX__DISPLAY_NAME, name);
		}
	}
}
