package cc.enet.mailbox.rules.fixes;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.QuickFix;
import cc.enet.mailbox.rules.internal.RuleMessages;

/** Removes the mailbox's own address from its forwarding destinations. */
public final class RemoveSelfTarget implements QuickFix {

	@Override
	public boolean fixes(String ruleId) {
		return "forward.self".equals(ruleId);
	}

	@Override
	public String label(Locale locale, Finding finding) {
		return RuleMessages.format(locale, "fix.forward.self", finding.mailbox());
	}

	@Override
	public Command createCommand(EditingDomain domain, Finding finding) {
		if (!(finding.target() instanceof Forwarding forwarding) || !(forwarding.eContainer() instanceof Mailbox mailbox)) {
			return UnexecutableCommand.INSTANCE;
		}
		String self = Addresses.key(mailbox.getAddress());
		List<String> own = forwarding.getTargets().stream().filter(t -> Addresses.key(t).equals(self)).toList();
		if (own.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		return RemoveCommand.create(domain, forwarding, Literals.FORWARDING__TARGETS, own);
	}
}
