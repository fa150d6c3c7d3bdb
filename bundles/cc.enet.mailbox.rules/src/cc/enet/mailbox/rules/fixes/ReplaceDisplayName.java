package cc.enet.mailbox.rules.fixes;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.rules.DisplayNames;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.LookAlikes;
import cc.enet.mailbox.rules.QuickFix;
import cc.enet.mailbox.rules.internal.RuleMessages;

/** Replaces an unsendable sender name by the nearest sendable one; the label shows the new name first. */
public final class ReplaceDisplayName implements QuickFix {

	@Override
	public boolean fixes(String ruleId) {
		return "displayname.unencodable".equals(ruleId);
	}

	@Override
	public String label(Locale locale, Finding finding) {
		String name = finding.target() instanceof Mailbox mailbox ? mailbox.getDisplayName() : null;
		String proposal = name == null ? "" : DisplayNames.proposal(name);
		return RuleMessages.format(locale, "fix.displayname.unencodable", proposal, new LookAlikes.Replacements(name, proposal));
	}

	@Override
	public Command createCommand(EditingDomain domain, Finding finding) {
		if (!(finding.target() instanceof Mailbox mailbox) || mailbox.getDisplayName() == null
				|| DisplayNames.isSendable(mailbox.getDisplayName())) {
			return UnexecutableCommand.INSTANCE;
		}
		return SetCommand.create(domain, mailbox, Literals.MAILBOX__DISPLAY_NAME,
				DisplayNames.proposal(mailbox.getDisplayName()));
	}
}
