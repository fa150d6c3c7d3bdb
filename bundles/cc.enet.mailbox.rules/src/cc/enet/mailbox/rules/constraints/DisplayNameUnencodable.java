package cc.enet.mailbox.rules.constraints;

import java.util.Set;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** Characters outside JIS X 0208 (髙, 﨑, ①, emoji) break the From header of every mail sent. */
public final class DisplayNameUnencodable extends Constraint<Mailbox> {
	public DisplayNameUnencodable() {
		super("displayname.unencodable", Severity.ERROR, Literals.MAILBOX);
	}

	@Override
	protected void check(Mailbox mailbox, RuleContext context) {
		String name = mailbox.getDisplayName();
		if (name != null && !name.isEmpty()) {
			Set<String> bad = Iso2022Jp.unencodable(name);
			if (!bad.isEmpty()) {
				context.report(mailbox, Literals.MAILBOX__DISPLAY_NAME, name, String.join(" ", bad));
			}
		}
	}
}
